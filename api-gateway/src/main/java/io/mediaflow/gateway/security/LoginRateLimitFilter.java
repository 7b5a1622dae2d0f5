package io.mediaflow.gateway.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.platform.web.ReplayedBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
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
 * Counts wrong passwords ({@link LoginAttempts}) for the account named in the login body
 * (its e-mail or user name) and the client's address, and answers 429 with Retry-After
 * while a limit holds, without asking auth-service. Every POST whose decoded path is a
 * login path is seen ({@link LoginPaths}); a body over {@value #MAX_BODY_BYTES} bytes is
 * refused with 413 before it is passed on, and a body whose account cannot be read is
 * counted for the client under an account of its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class LoginRateLimitFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(LoginRateLimitFilter.class);

	static final int MAX_BODY_BYTES = 16 * 1024;

	private static final String UNREADABLE_ACCOUNT = "unreadable";

	private final LoginAttempts attempts;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock = Clock.systemUTC();

	LoginRateLimitFilter(LoginLimitProperties properties) {
		this.attempts = new LoginAttempts(properties);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !LoginPaths.isLogin(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = (request.getContentLengthLong() > MAX_BODY_BYTES) ? null
				: request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body == null || body.length > MAX_BODY_BYTES) {
			problem(response, ProblemType.CONTENT_TOO_LARGE, "A login body is at most " + MAX_BODY_BYTES + " bytes");
			return;
		}
		String account = account(body);
		String client = request.getRemoteAddr();
		Instant now = this.clock.instant();
		Optional<Duration> pause = this.attempts.pause(account, client, now);
		if (pause.isPresent()) {
			long retryAfter = Math.max(1, (pause.get().toMillis() + 999) / 1000);
			logger.info("Login attempts for an account are paused for {} s", retryAfter);
			response.setHeader("Retry-After", Long.toString(retryAfter));
			problem(response, ProblemType.TOO_MANY_ATTEMPTS,
					"Too many wrong passwords for this account; try again in " + retryAfter + " s");
			return;
		}
		OutcomeRecordingResponse outcome = new OutcomeRecordingResponse(response,
				(status) -> record(status, account, client, now));
		chain.doFilter(new ReplayedRequest(request, body), outcome);
		outcome.recordOnce(response.getStatus());
	}

	private void record(int status, String account, String client, Instant now) {
		if (status == HttpStatus.UNAUTHORIZED.value()) {
			this.attempts.failed(account, client, now);
		}
		else if (status < 300) {
			this.attempts.succeeded(account, client);
		}
	}

	/**
	 * The account as auth-service finds it: the e-mail if there is one, else the user
	 * name, case-insensitively.
	 */
	private String account(byte[] body) {
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
			// not JSON: auth-service answers it, and a 401 is still counted for this
			// client
		}
		return UNREADABLE_ACCOUNT;
	}

	private static void problem(HttpServletResponse response, ProblemType type, String detail) throws IOException {
		response.setStatus(type.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":"
					+ type.status().value() + ",\"detail\":\"" + detail + "\"}");
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

	/**
	 * Counts the login's outcome when its status is set, before the proxied body reaches
	 * the client: counted after the chain returns, a client's next attempt could arrive
	 * before its last failure was counted.
	 */
	private static final class OutcomeRecordingResponse extends HttpServletResponseWrapper {

		private final IntConsumer recorder;

		private boolean recorded;

		OutcomeRecordingResponse(HttpServletResponse response, IntConsumer recorder) {
			super(response);
			this.recorder = recorder;
		}

		@Override
		public void setStatus(int status) {
			super.setStatus(status);
			recordOnce(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			recordOnce(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			recordOnce(status);
			super.sendError(status, message);
		}

		void recordOnce(int status) {
			if (!this.recorded) {
				this.recorded = true;
				this.recorder.accept(status);
			}
		}

	}

}
