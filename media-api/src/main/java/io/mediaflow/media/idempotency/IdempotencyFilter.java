package io.mediaflow.media.idempotency;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.security.InvalidTokenException;
import io.mediaflow.common.security.JwtVerifier;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Makes a creating POST with an {@code Idempotency-Key} header happen once per user and
 * key: the first request claims the key (committed before it runs) and leaves its 2xx
 * response there; a repeat with the same request replays that response with
 * {@code Idempotent-Replayed: true}, waiting briefly while the first still runs (409
 * after that); the same key with a different request is 422. A request without the header
 * (or without valid credentials, which the controller refuses) passes untouched.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	static final int MAX_KEY_LENGTH = 255;

	private static final Duration POLL = Duration.ofMillis(100);

	private final IdempotencyKeys keys;

	private final IdempotencyProperties properties;

	private final JwtVerifier verifier;

	private final MultipartResolver multipartResolver;

	private final HandlerExceptionResolver problems;

	private final long maxBodyBytes;

	IdempotencyFilter(IdempotencyKeys keys, IdempotencyProperties properties, JwtVerifier verifier,
			MultipartResolver multipartResolver, HandlerExceptionResolver problems, long maxBodyBytes) {
		this.keys = keys;
		this.properties = properties;
		this.verifier = verifier;
		this.multipartResolver = multipartResolver;
		this.problems = problems;
		this.maxBodyBytes = maxBodyBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			this.problems.resolveException(request, response, null, IdempotencyProblems.invalidKey());
			return;
		}
		Optional<UUID> user = caller(request);
		if (user.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		MultipartHttpServletRequest resolved = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (resolved != null) {
			once(resolved, response, chain, user.get(), key, RequestFingerprint.of(resolved, null));
			return;
		}
		if (this.multipartResolver.isMultipart(request)) {
			MultipartHttpServletRequest multipart;
			try {
				multipart = this.multipartResolver.resolveMultipart(request);
			}
			catch (MultipartException ex) {
				// unreadable or too large: the controller's own parsing answers the
				// problem
				chain.doFilter(request, response);
				return;
			}
			try {
				once(multipart, response, chain, user.get(), key, RequestFingerprint.of(multipart, null));
			}
			finally {
				this.multipartResolver.cleanupMultipart(multipart);
			}
			return;
		}
		SpooledBody body;
		try {
			body = SpooledBody.of(request, this.maxBodyBytes);
		}
		catch (SpooledBody.TooLarge ex) {
			this.problems.resolveException(request, response, null, IdempotencyProblems.tooLarge());
			return;
		}
		try (body) {
			once(body, response, chain, user.get(), key, RequestFingerprint.of(body, body.digest()));
		}
	}

	private void once(HttpServletRequest request, HttpServletResponse response, FilterChain chain, UUID user,
			String key, String fingerprint) throws ServletException, IOException {
		long deadline = System.nanoTime() + this.properties.inProgressWait().toNanos();
		while (!this.keys.claim(user, key, fingerprint)) {
			Optional<KeyState> state = this.keys.find(user, key);
			if (state.isEmpty()) {
				continue; // released (the first request failed) or swept meanwhile
			}
			if (!state.get().fingerprint().equals(fingerprint)) {
				this.problems.resolveException(request, response, null, IdempotencyProblems.reused(key));
				return;
			}
			StoredResponse stored = state.get().response();
			if (stored != null) {
				replay(stored, response);
				return;
			}
			if (System.nanoTime() > deadline) {
				this.problems.resolveException(request, response, null, IdempotencyProblems.inProgress(key));
				return;
			}
			pause();
		}
		runAndStore(request, response, chain, user, key);
	}

	private void runAndStore(HttpServletRequest request, HttpServletResponse response, FilterChain chain, UUID user,
			String key) throws ServletException, IOException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean stored = false;
		try {
			chain.doFilter(request, recorded);
			int status = recorded.getStatus();
			if (status >= 200 && status < 300) {
				this.keys.complete(user, key, new StoredResponse(status, recorded.getContentType(),
						recorded.getContentAsByteArray(), recorded.getHeader(HttpHeaders.LOCATION)));
				stored = true;
			}
		}
		finally {
			if (!stored) {
				this.keys.release(user, key);
			}
			recorded.copyBodyToResponse();
		}
	}

	private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		response.setHeader(REPLAYED_HEADER, "true");
		response.setContentLength(stored.body().length);
		response.getOutputStream().write(stored.body());
	}

	private Optional<UUID> caller(HttpServletRequest request) {
		Optional<String> token = JwtVerifier.bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
		try {
			return token.map((jwt) -> this.verifier.verify(jwt).userId());
		}
		catch (InvalidTokenException ex) {
			return Optional.empty();
		}
	}

	private static void pause() throws IOException {
		try {
			Thread.sleep(POLL);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for the first request of an Idempotency-Key", ex);
		}
	}

}
