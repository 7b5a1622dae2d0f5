package io.mediaflow.media.system;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the gateway's {@code X-Request-Id} into the logging context, so that a request can
 * be followed from the gateway through media-api into the worker (which gets it in a
 * message header).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdLoggingFilter extends OncePerRequestFilter {

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getHeader("X-Request-Id");
		if (id == null || !WELL_FORMED.matcher(id).matches()) {
			chain.doFilter(request, response);
			return;
		}
		MDC.put("requestId", id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
		}
	}

}
