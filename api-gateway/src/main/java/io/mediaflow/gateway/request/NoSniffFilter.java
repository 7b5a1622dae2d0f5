package io.mediaflow.gateway.request;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code X-Content-Type-Options: nosniff} on every answer, so that no browser renders a
 * download (or an error) as anything but its declared type; once only, when the service
 * behind sends it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class NoSniffFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Content-Type-Options";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, "nosniff");
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void addHeader(String name, String value) {
				if (HEADER.equalsIgnoreCase(name)) {
					setHeader(name, value);
				}
				else {
					super.addHeader(name, value);
				}
			}

		});
	}

}
