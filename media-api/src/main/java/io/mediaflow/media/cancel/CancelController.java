package io.mediaflow.media.cancel;

import java.util.UUID;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.media.docs.MediaExamples;
import io.mediaflow.media.system.PublicUrls;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Uploads and tasks")
class CancelController {

	private final TaskCancellation cancellation;

	CancelController(TaskCancellation cancellation) {
		this.cancellation = cancellation;
	}

	@Operation(operationId = "cancelTask", summary = "Cancel a task",
			description = "Files not processed yet are never processed, the task ends CANCELED, and everything it "
					+ "stored (originals, results of files already done) is removed. A job running at that moment "
					+ "finishes, but its result is discarded and its outputs removed.")
	@ApiResponse(responseCode = "202", description = "The task is CANCELED",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = TaskCanceled.class),
					examples = @ExampleObject(value = CancelExamples.CANCELED)))
	@ApiResponse(responseCode = "400", description = "The task id is not a UUID",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.MALFORMED_ID)))
	@ApiResponse(responseCode = "404", description = "No task of yours has this id (someone else's looks the same)",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.TASK_NOT_FOUND)))
	@ApiResponse(responseCode = "409", description = "The task is already DONE, PARTIAL, FAILED or CANCELED",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = CancelExamples.ALREADY_FINISHED)))
	@DeleteMapping("/task/{taskId}")
	@ResponseStatus(HttpStatus.ACCEPTED)
	TaskCanceled cancel(AuthenticatedUser user,
			@Parameter(description = "The task_id /upload answered") @PathVariable UUID taskId) {
		this.cancellation.cancel(taskId, user.userId());
		return new TaskCanceled(taskId, "CANCELED", PublicUrls.of("/status/" + taskId));
	}

}
