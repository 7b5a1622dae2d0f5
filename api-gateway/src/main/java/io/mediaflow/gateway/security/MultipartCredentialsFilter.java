package io.mediaflow.gateway.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.platform.web.ReplayedBody;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Credentials sent as multipart form fields ({@code user_id}, {@code access_token}): they
 * must come before the first file part, within the first {@value #MAX_SCANNED_BYTES}
 * bytes. Only those bytes are read here (kept in memory); the fields become
 * {@code X-User-Id}/{@code X-Access-Token} headers for {@link CredentialsFilter}, and the
 * route receives those bytes followed by the rest of the body as it arrives, never
 * spooled. A multipart request with no credentials in its headers, its query or those
 * first fields is refused with 401 before the rest of its body is read. Requests that
 * carry credentials elsewhere pass untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MultipartCredentialsFilter extends OncePerRequestFilter {

	static final int MAX_SCANNED_BYTES = 64 * 1024;

	private static final Set<String> FIELDS = Set.of("user_id", "access_token");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getHeader(AccessTokenPair.USER_ID_HEADER) != null
				|| (request.getQueryString() != null && request.getQueryString().contains("access_token="));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String boundary = MediaType.parseMediaType(request.getContentType()).getParameter("boundary");
		Map<String, String> fields = Map.of();
		InputStream body = request.getInputStream();
		RecordingInputStream scanned = new RecordingInputStream(body, MAX_SCANNED_BYTES);
		if (boundary != null) {
			fields = MultipartFieldScanner.scan(scanned, boundary.replace("\"", ""), FIELDS);
		}
		if (!fields.keySet().containsAll(FIELDS)) {
			unauthorized(response);
			return;
		}
		chain.doFilter(new ScannedRequest(request,
				new SequenceInputStream(new ByteArrayInputStream(scanned.recorded()), body), fields), response);
	}

	private static void unauthorized(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		response.setHeader(HttpHeaders.CONNECTION, "close");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"" + ProblemType.UNAUTHORIZED.uri()
					+ "\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Credentials are"
					+ " required: send Authorization: Bearer <JWT> or X-User-Id and X-Access-Token headers, user_id and"
					+ " access_token in the query, or user_id and access_token form fields before the first file\"}");
	}

	/** The bytes read through it, up to a limit; past the limit it reads as ended. */
	private static final class RecordingInputStream extends FilterInputStream {

		private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();

		private final int limit;

		RecordingInputStream(InputStream in, int limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			if (this.recorded.size() >= this.limit) {
				return -1;
			}
			int b = super.read();
			if (b >= 0) {
				this.recorded.write(b);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int allowed = Math.min(length, this.limit - this.recorded.size());
			if (allowed <= 0) {
				return -1;
			}
			int read = super.read(buffer, offset, allowed);
			if (read > 0) {
				this.recorded.write(buffer, offset, read);
			}
			return read;
		}

		byte[] recorded() {
			return this.recorded.toByteArray();
		}

	}

	private static final class ScannedRequest extends HttpServletRequestWrapper {

		private final InputStream body;

		private final Map<String, String> headers = new HashMap<>();

		ScannedRequest(HttpServletRequest request, InputStream body, Map<String, String> fields) {
			super(request);
			this.body = body;
			this.headers.put(AccessTokenPair.USER_ID_HEADER.toLowerCase(Locale.ROOT), fields.get("user_id"));
			this.headers.put(AccessTokenPair.ACCESS_TOKEN_HEADER.toLowerCase(Locale.ROOT), fields.get("access_token"));
		}

		@Override
		public @Nullable String getHeader(String name) {
			String value = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (value != null) ? value : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			String value = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (value != null) ? Collections.enumeration(List.of(value)) : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			Set<String> names = new LinkedHashSet<>(Collections.list(super.getHeaderNames()));
			names.addAll(this.headers.keySet());
			return Collections.enumeration(names);
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ReplayedBody(this.body);
		}

	}

}
