package io.mediaflow.media.idempotency;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;

import org.springframework.web.ErrorResponseException;

/**
 * The refusals of an {@code Idempotency-Key}.
 */
final class IdempotencyProblems {

	private IdempotencyProblems() {
	}

	static ErrorResponseException invalidKey() {
		return Problems.exception(ProblemType.IDEMPOTENCY_KEY_INVALID,
				"Idempotency-Key must be 1 to " + IdempotencyFilter.MAX_KEY_LENGTH + " characters");
	}

	static ErrorResponseException reused(String key) {
		return Problems.exception(ProblemType.IDEMPOTENCY_KEY_REUSED,
				"Idempotency-Key '" + key + "' was used for a different request; use a new key for a new request");
	}

	static ErrorResponseException inProgress(String key) {
		ErrorResponseException ex = Problems.exception(ProblemType.REQUEST_IN_PROGRESS,
				"The first request with Idempotency-Key '" + key + "' is still running; repeat it shortly");
		ex.getHeaders().set("Retry-After", "1");
		return ex;
	}

	static ErrorResponseException tooLarge() {
		return Problems.exception(ProblemType.FILE_TOO_LARGE, "The body is larger than this endpoint accepts");
	}

}
