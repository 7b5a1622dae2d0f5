package io.mediaflow.media.task;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.media.docs.MediaExamples;
import io.mediaflow.media.system.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Uploads and tasks")
class TaskController {

	private static final int MAX_PAGE_SIZE = 200;

	private final TaskRepository tasks;

	private final ImageTaskRepository imageTasks;

	private final TaskZipWriter zipWriter;

	private final TaskStatuses statuses;

	TaskController(TaskRepository tasks, ImageTaskRepository imageTasks, TaskZipWriter zipWriter,
			TaskStatuses statuses) {
		this.tasks = tasks;
		this.imageTasks = imageTasks;
		this.zipWriter = zipWriter;
		this.statuses = statuses;
	}

	@Operation(operationId = "taskStatus", summary = "Poll a task",
			description = "PENDING until its jobs reach the queue, PROCESSING while workers run, then DONE, PARTIAL "
					+ "(some files failed, each with its error), FAILED or CANCELED. A finished file lists its outputs (img_link "
					+ "names in the zip).")
	@ApiResponse(responseCode = "200", description = "The task, its progress and its files",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = TaskStatusResponse.class),
					examples = @ExampleObject(value = MediaExamples.TASK_STATUS)))
	@ApiResponse(responseCode = "400", description = "The task id is not a UUID",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.MALFORMED_ID)))
	@ApiResponse(responseCode = "404", description = "No task of yours has this id (someone else's looks the same)",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.TASK_NOT_FOUND)))
	@ApiResponse(responseCode = "410",
			description = "The task expired (mediaflow.retention.period after its upload): its objects were removed",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping("/status/{taskId}")
	TaskStatusResponse status(AuthenticatedUser user,
			@Parameter(description = "The task_id /upload answered") @PathVariable UUID taskId) {
		return this.statuses.find(taskId, user.userId()).orElseThrow(() -> TaskProblems.notFound(taskId));
	}

	@Operation(operationId = "downloadTask", summary = "Download a finished task's results as a zip",
			description = "Every result of the task, named by img_link (photo_original.jpg, photo_rotated.jpg, ..., "
					+ "file.mp3). Answers once the task is DONE, PARTIAL or FAILED.")
	@ApiResponse(responseCode = "200", description = "The zip, as an attachment task-<task_id>.zip",
			content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "400", description = "The task id is not a UUID")
	@ApiResponse(responseCode = "404",
			description = "No task of yours has this id (someone else's looks the same), or one of its "
					+ "results is gone from the storage (type stored-file-missing)",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.TASK_NOT_FOUND)))
	@ApiResponse(responseCode = "409",
			description = "The task is not finished yet; try again after Retry-After seconds",
			headers = @Header(name = "Retry-After", description = "Seconds to wait",
					schema = @Schema(type = "integer")),
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.TASK_NOT_FINISHED)))
	@ApiResponse(responseCode = "410",
			description = "The task was canceled, or expired (mediaflow.retention.period after its upload), and its "
					+ "results removed",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping("/task/{taskId}")
	ResponseEntity<StreamingResponseBody> download(AuthenticatedUser user,
			@Parameter(description = "The task_id /upload answered") @PathVariable UUID taskId) {
		TaskRow task = this.tasks.findOwned(taskId, user.userId()).orElseThrow(() -> TaskProblems.notFound(taskId));
		if (task.status() == TaskStatus.EXPIRED) {
			throw TaskProblems.expired(taskId);
		}
		if (!task.status().finished()) {
			throw TaskProblems.notFinished(taskId, task.status());
		}
		if (task.status() == TaskStatus.CANCELED) {
			throw TaskProblems.canceled(taskId);
		}
		List<ZipItem> items = new ArrayList<>(this.tasks.imageZipItems(taskId));
		items.addAll(this.tasks.convertedAudio(taskId));
		this.zipWriter.checkStored(items);
		StreamingResponseBody body = (out) -> this.zipWriter.write(items, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.headers(Downloads::noSniff)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("task-" + taskId + ".zip").build().toString())
			.body(body);
	}

	@Operation(operationId = "history", summary = "List a user's results, newest first",
			description = "One item per result image (an ImageTask row: its img_link and task), a page at a time.")
	@ApiResponse(responseCode = "200", description = "A page of the user's results and their total count",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = HistoryPage.class),
					examples = @ExampleObject(value = MediaExamples.HISTORY)))
	@ApiResponse(responseCode = "400", description = "The user id is not a UUID, or page or size is not a number")
	@ApiResponse(responseCode = "403", description = "The history is someone else's",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.OTHERS_HISTORY)))
	@GetMapping("/history/{userId}")
	HistoryPage history(AuthenticatedUser user, @Parameter(description = "Your own user_id") @PathVariable UUID userId,
			@Parameter(description = "The page, from 0 (negative counts as 0)") @RequestParam(
					defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1-200 (outside values are clamped)",
					schema = @Schema(type = "integer", minimum = "1", maximum = "200",
							defaultValue = "50")) @RequestParam(defaultValue = "50") int size) {
		if (!user.userId().equals(userId)) {
			throw TaskProblems.otherUsersHistory();
		}
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int pageNumber = Math.max(0, page);
		return new HistoryPage(this.imageTasks.ofUser(userId, pageSize, (long) pageNumber * pageSize), pageNumber,
				pageSize, this.imageTasks.countOfUser(userId));
	}

}
