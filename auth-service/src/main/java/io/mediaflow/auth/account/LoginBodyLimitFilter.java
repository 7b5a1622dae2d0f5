package io.mediaflow.auth.account;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.platform.web.ReplayedBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Refuses a login body over {@value #MAX_BODY_BYTES} bytes with 413, however it is sent
 * (with a Content-Length or chunked): a login is a few hundred bytes, and the gateway's
 * login limit reads the body to know the account.
 */
@Component
class LoginBodyLimitFilter extends OncePerRequestFilter {

	static final int MAX_BODY_BYTES = 16 * 1024;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		return !"POST".equals(request.getMethod()) || !(path.startsWith("/login") || path.startsWith("/auth"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = (request.getContentLengthLong() > MAX_BODY_BYTES) ? null
				: request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body == null || body.length > MAX_BODY_BYTES) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"" + ProblemType.CONTENT_TOO_LARGE.uri()
						+ "\",\"title\":\"Content too large\",\"status\":413,\"detail\":\"A login" + " body is at most "
						+ MAX_BODY_BYTES + " bytes\"}");
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ReplayedBody(new ByteArrayInputStream(this.body));
		}

	}

}
