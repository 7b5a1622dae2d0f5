package io.mediaflow.media.idempotency;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The refusals of an {@code Idempotency-Key}.
 */
final class IdempotencyProblems {

	private IdempotencyProblems() {
	}

	static ErrorResponseException invalidKey() {
		return problem(HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key",
				"Idempotency-Key must be 1 to " + IdempotencyFilter.MAX_KEY_LENGTH + " characters");
	}

	static ErrorResponseException reused(String key) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
				"Idempotency-Key '" + key + "' was used for a different request; use a new key for a new request");
	}

	static ErrorResponseException inProgress(String key) {
		ErrorResponseException ex = problem(HttpStatus.CONFLICT, "Request in progress",
				"The first request with Idempotency-Key '" + key + "' is still running; repeat it shortly");
		ex.getHeaders().set("Retry-After", "1");
		return ex;
	}

	static ErrorResponseException tooLarge() {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "File too large", "The body is larger than this endpoint accepts");
	}

	private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
