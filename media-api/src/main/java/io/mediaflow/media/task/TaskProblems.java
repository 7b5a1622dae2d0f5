package io.mediaflow.media.task;

import java.util.UUID;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;

import org.springframework.web.ErrorResponseException;

/**
 * The refusals of the task endpoints.
 */
public final class TaskProblems {

	private TaskProblems() {
	}

	/** Unknown, or someone else's: the same answer, so that ids cannot be probed. */
	public static ErrorResponseException notFound(UUID taskId) {
		return Problems.exception(ProblemType.TASK_NOT_FOUND, "There is no task " + taskId + " of yours");
	}

	static ErrorResponseException notFinished(UUID taskId, TaskStatus status) {
		ErrorResponseException ex = Problems.exception(ProblemType.TASK_NOT_FINISHED,
				"Task " + taskId + " is " + status + "; download its results once it is DONE, PARTIAL or FAILED");
		ex.getHeaders().set("Retry-After", "2");
		return ex;
	}

	static ErrorResponseException canceled(UUID taskId) {
		return Problems.exception(ProblemType.TASK_CANCELED,
				"Task " + taskId + " was canceled and its results removed");
	}

	/** The retention sweep removed the task's objects; its id stays known. */
	public static ErrorResponseException expired(UUID taskId) {
		return Problems.exception(ProblemType.TASK_EXPIRED,
				"Task " + taskId + " expired: its originals and results were removed after the retention period");
	}

	static ErrorResponseException otherUsersHistory() {
		return Problems.exception(ProblemType.FORBIDDEN, "You can only read your own history");
	}

}
