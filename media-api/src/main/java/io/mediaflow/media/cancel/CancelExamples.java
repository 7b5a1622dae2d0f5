package io.mediaflow.media.cancel;

/**
 * Examples of the cancellation's answers, for the OpenAPI documentation.
 */
final class CancelExamples {

	static final String CANCELED = """
			{"task_id": "0b9f3c1e-8a8e-4d0c-9d51-3c5a1e2f7b60", "status": "CANCELED",
			 "status_url": "http://localhost:8080/status/0b9f3c1e-8a8e-4d0c-9d51-3c5a1e2f7b60"}
			""";

	static final String ALREADY_FINISHED = """
			{"type": "https://mediaflow.io/problems/task-already-finished", "title": "Task already finished", "status": 409,
			 "detail": "Task 0b9f3c1e-8a8e-4d0c-9d51-3c5a1e2f7b60 is DONE; only a PENDING or PROCESSING task can be canceled",
			 "instance": "/task/0b9f3c1e-8a8e-4d0c-9d51-3c5a1e2f7b60"}
			""";

	private CancelExamples() {
	}

}
