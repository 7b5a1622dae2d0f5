package io.mediaflow.gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Credentials sent as multipart form fields ({@code user_id}, {@code access_token}) next to the files: the body
 * is copied to a temporary file while the fields are read (memory stays flat whatever the upload's size), the
 * fields become {@code X-User-Id}/{@code X-Access-Token} headers for {@link CredentialsFilter}, and the service
 * behind receives the body unchanged from the file. Requests that carry credentials elsewhere pass untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MultipartCredentialsFilter extends OncePerRequestFilter {

	private static final Set<String> FIELDS = Set.of("user_id", "access_token");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType == null
				|| !contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getHeader(AccessTokenPair.USER_ID_HEADER) != null
				|| (request.getQueryString() != null && request.getQueryString().contains("access_token="));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String boundary = MediaType.parseMediaType(request.getContentType()).getParameter("boundary");
		if (boundary == null) {
			chain.doFilter(request, response);
			return;
		}
		Path spool = Files.createTempFile("mediaflow-upload-", ".multipart");
		try {
			Map<String, String> fields;
			try (OutputStream copy = Files.newOutputStream(spool);
					InputStream body = new TeeInputStream(request.getInputStream(), copy)) {
				fields = MultipartFieldScanner.scan(body, boundary.replace("\"", ""), FIELDS);
				body.transferTo(OutputStream.nullOutputStream());
			}
			chain.doFilter(new SpooledRequest(request, spool, fields), response);
		}
		finally {
			Files.deleteIfExists(spool);
		}
	}

	private static final class TeeInputStream extends InputStream {

		private final InputStream in;

		private final OutputStream copy;

		TeeInputStream(InputStream in, OutputStream copy) {
			this.in = in;
			this.copy = copy;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				this.copy.write(b);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.in.read(buffer, offset, length);
			if (read > 0) {
				this.copy.write(buffer, offset, read);
			}
			return read;
		}

	}

	private static final class SpooledRequest extends HttpServletRequestWrapper {

		private final Path body;

		private final Map<String, String> headers;

		SpooledRequest(HttpServletRequest request, Path body, Map<String, String> fields) {
			super(request);
			this.body = body;
			this.headers = new java.util.HashMap<>();
			if (fields.containsKey("user_id") && fields.containsKey("access_token")) {
				this.headers.put(AccessTokenPair.USER_ID_HEADER.toLowerCase(java.util.Locale.ROOT), fields.get("user_id"));
				this.headers.put(AccessTokenPair.ACCESS_TOKEN_HEADER.toLowerCase(java.util.Locale.ROOT),
						fields.get("access_token"));
			}
		}

		@Override
		public @Nullable String getHeader(String name) {
			String value = this.headers.get(name.toLowerCase(java.util.Locale.ROOT));
			return (value != null) ? value : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			String value = this.headers.get(name.toLowerCase(java.util.Locale.ROOT));
			return (value != null) ? Collections.enumeration(java.util.List.of(value)) : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			java.util.Set<String> names = new java.util.LinkedHashSet<>(Collections.list(super.getHeaderNames()));
			names.addAll(this.headers.keySet());
			return Collections.enumeration(names);
		}

		@Override
		public int getContentLength() {
			long length = getContentLengthLong();
			return (length > Integer.MAX_VALUE) ? -1 : (int) length;
		}

		@Override
		public long getContentLengthLong() {
			try {
				return Files.size(this.body);
			}
			catch (IOException ex) {
				return -1;
			}
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			return new ReplayedBody(Files.newInputStream(this.body));
		}

	}

}
