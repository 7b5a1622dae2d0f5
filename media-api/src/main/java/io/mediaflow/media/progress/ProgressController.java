package io.mediaflow.media.progress;

import java.util.UUID;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.media.docs.MediaExamples;
import io.mediaflow.media.system.PublicUrls;
import io.mediaflow.media.task.TaskProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Uploads and tasks")
class ProgressController {

	private final ProgressHub hub;

	ProgressController(ProgressHub hub) {
		this.hub = hub;
	}

	@Operation(operationId = "taskEvents", summary = "Follow a task live (Server-Sent Events)",
			description = "A text/event-stream: first the task's status (the body of GET /status/{task_id}) as an "
					+ "event named status, then the status again on every change, then an event named end (its data the "
					+ "final status) once the task is DONE, PARTIAL, FAILED or CANCELED, and the stream closes. A "
					+ "finished task gets one status and the end at once. Comment lines (: heartbeat) every 15 s keep "
					+ "idle proxies from closing it. A stream lasts at most 4 minutes; connect again if it closes "
					+ "without an end. Needs the Authorization header (use fetch rather than EventSource in a browser).")
	@ApiResponse(responseCode = "200", description = "The event stream",
			content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string"),
					examples = @ExampleObject(value = MediaExamples.TASK_EVENTS)))
	@ApiResponse(responseCode = "400", description = "The task id is not a UUID",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.MALFORMED_ID)))
	@ApiResponse(responseCode = "404", description = "No task of yours has this id (someone else's looks the same)",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.TASK_NOT_FOUND)))
	@ApiResponse(responseCode = "410", description = "The task expired: its objects were removed",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping(path = "/status/{taskId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(AuthenticatedUser user,
			@Parameter(description = "The task_id /upload answered") @PathVariable UUID taskId) {
		return this.hub.open(taskId, user.userId(), PublicUrls.of("")).orElseThrow(() -> TaskProblems.notFound(taskId));
	}

}
