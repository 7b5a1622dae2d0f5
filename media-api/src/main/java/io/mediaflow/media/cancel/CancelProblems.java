package io.mediaflow.media.cancel;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The refusals of {@code DELETE /task/{task_id}}.
 */
final class CancelProblems {

	private CancelProblems() {
	}

	/** Unknown, or someone else's: the same answer, so that ids cannot be probed. */
	static ErrorResponseException notFound(UUID taskId) {
		return problem(HttpStatus.NOT_FOUND, "Task not found", "There is no task " + taskId + " of yours");
	}

	static ErrorResponseException alreadyFinished(UUID taskId, Object status) {
		return problem(HttpStatus.CONFLICT, "Task already finished",
				"Task " + taskId + " is " + status + "; only a PENDING or PROCESSING task can be canceled");
	}

	private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
