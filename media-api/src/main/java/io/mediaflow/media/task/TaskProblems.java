package io.mediaflow.media.task;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The refusals of the task endpoints.
 */
public final class TaskProblems {

	private TaskProblems() {
	}

	/** Unknown, or someone else's: the same answer, so that ids cannot be probed. */
	public static ErrorResponseException notFound(UUID taskId) {
		return problem(HttpStatus.NOT_FOUND, "Task not found", "There is no task " + taskId + " of yours");
	}

	static ErrorResponseException notFinished(UUID taskId, TaskStatus status) {
		ErrorResponseException ex = problem(HttpStatus.CONFLICT, "Task not finished",
				"Task " + taskId + " is " + status + "; download its results once it is DONE, PARTIAL or FAILED");
		ex.getHeaders().set("Retry-After", "2");
		return ex;
	}

	static ErrorResponseException canceled(UUID taskId) {
		return problem(HttpStatus.GONE, "Task canceled", "Task " + taskId + " was canceled and its results removed");
	}

	/** The retention sweep removed the task's objects; its id stays known. */
	public static ErrorResponseException expired(UUID taskId) {
		return problem(HttpStatus.GONE, "Task expired",
				"Task " + taskId + " expired: its originals and results were removed after the retention period");
	}

	static ErrorResponseException otherUsersHistory() {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "You can only read your own history");
	}

	private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
