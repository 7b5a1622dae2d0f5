package io.mediaflow.media.cancel;

import java.util.UUID;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;

import org.springframework.web.ErrorResponseException;

/**
 * The refusals of {@code DELETE /task/{task_id}}.
 */
final class CancelProblems {

	private CancelProblems() {
	}

	/** Unknown, or someone else's: the same answer, so that ids cannot be probed. */
	static ErrorResponseException notFound(UUID taskId) {
		return Problems.exception(ProblemType.TASK_NOT_FOUND, "There is no task " + taskId + " of yours");
	}

	static ErrorResponseException alreadyFinished(UUID taskId, Object status) {
		return Problems.exception(ProblemType.TASK_ALREADY_FINISHED,
				"Task " + taskId + " is " + status + "; only a PENDING or PROCESSING task can be canceled");
	}

}
