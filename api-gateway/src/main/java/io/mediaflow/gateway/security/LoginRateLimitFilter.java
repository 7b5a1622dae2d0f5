package io.mediaflow.gateway.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts wrong passwords per account (the e-mail or user name in the login body) and answers 429 with
 * Retry-After once an account has had too many within the window, without asking auth-service. A successful login
 * clears the count.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class LoginRateLimitFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(LoginRateLimitFilter.class);

	/** Login bodies are tiny; anything larger is passed on unread (auth-service refuses it). */
	private static final int MAX_BODY_BYTES = 16 * 1024;

	private static final int MAX_TRACKED_ACCOUNTS = 100_000;

	private final LoginLimitProperties properties;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	LoginRateLimitFilter(LoginLimitProperties properties) {
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"POST".equals(request.getMethod()) || !(path.equals("/login") || path.equals("/auth"))
				|| request.getContentLengthLong() > MAX_BODY_BYTES;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		HttpServletRequest replay = new ReplayedRequest(request, body);
		String account = account(body);
		if (account == null || body.length > MAX_BODY_BYTES) {
			chain.doFilter(replay, response);
			return;
		}
		Instant now = this.clock.instant();
		Failures current = this.failures.get(account);
		if (current != null && current.until(this.properties.window()).isAfter(now)
				&& current.count() >= this.properties.maxFailures()) {
			long retryAfter = Math.max(1, Duration.between(now, current.until(this.properties.window())).toSeconds());
			logger.info("Login attempts for an account are paused for {} s after {} failures", retryAfter,
					current.count());
			tooManyAttempts(response, retryAfter);
			return;
		}
		chain.doFilter(replay, response);
		if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			countFailure(account, now);
		}
		else if (response.getStatus() < 300) {
			this.failures.remove(account);
		}
	}

	private void countFailure(String account, Instant now) {
		if (this.failures.size() > MAX_TRACKED_ACCOUNTS) {
			this.failures.values().removeIf((entry) -> entry.until(this.properties.window()).isBefore(now));
		}
		this.failures.compute(account,
				(key, previous) -> (previous == null || previous.until(this.properties.window()).isBefore(now))
						? new Failures(1, now) : new Failures(previous.count() + 1, previous.since()));
	}

	private @Nullable String account(byte[] body) {
		try {
			JsonNode login = this.json.readTree(body);
			for (String field : new String[] { "email", "user_name" }) {
				JsonNode value = login.get(field);
				if (value != null && value.isString() && !value.asString().isBlank()) {
					return field + ":" + value.asString().strip().toLowerCase(Locale.ROOT);
				}
			}
		}
		catch (RuntimeException ex) {
			// not JSON: auth-service answers it
		}
		return null;
	}

	private static void tooManyAttempts(HttpServletResponse response, long retryAfterSeconds) throws IOException {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Too many attempts\",\"status\":429,"
					+ "\"detail\":\"Too many wrong passwords for this account; try again in " + retryAfterSeconds
					+ " s\"}");
	}

	private record Failures(int count, Instant since) {

		Instant until(Duration window) {
			return this.since.plus(window);
		}

	}

	/** The request with its already-read body available again for the route. */
	private static final class ReplayedRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		ReplayedRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ReplayedBody(new ByteArrayInputStream(this.body));
		}

	}

}
