package io.mediaflow.media.task;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.mediaflow.common.files.ImageVariant;
import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.media.system.PublicUrls;

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
class TaskController {

	private static final int MAX_PAGE_SIZE = 200;

	private final TaskRepository tasks;

	private final ImageTaskRepository imageTasks;

	private final TaskZipWriter zipWriter;

	TaskController(TaskRepository tasks, ImageTaskRepository imageTasks, TaskZipWriter zipWriter) {
		this.tasks = tasks;
		this.imageTasks = imageTasks;
		this.zipWriter = zipWriter;
	}

	@GetMapping("/status/{taskId}")
	TaskStatusResponse status(AuthenticatedUser user, @PathVariable UUID taskId) {
		TaskRow task = this.tasks.findOwned(taskId, user.userId()).orElseThrow(() -> TaskProblems.notFound(taskId));
		List<TaskStatusResponse.FileResult> files = this.tasks.files(taskId)
			.stream()
			.map((file) -> new TaskStatusResponse.FileResult(file.id(), file.originalName(), file.status(),
					"DONE".equals(file.status()) ? outputs(file) : List.of(),
					file.error()))
			.toList();
		return new TaskStatusResponse(task.id(), task.status(),
				new TaskStatusResponse.Progress(task.totalFiles(), task.doneFiles(), task.failedFiles()),
				task.createdAt(), task.finishedAt(), files, PublicUrls.of("/task/" + taskId));
	}

	private static List<String> outputs(TaskFileRow file) {
		if (file.kind() == MediaKind.AUDIO) {
			return List.of(TaskZipWriter.mp3Name(file.safeName()));
		}
		if (file.kind() == MediaKind.JPEG) {
			return List.of(file.safeName() + ".jpg");
		}
		ImageFormat format = ImageFormat.valueOf(file.format());
		return Arrays.stream(ImageVariant.values()).map((variant) -> variant.imgLink(file.safeName(), format)).toList();
	}

	@GetMapping("/task/{taskId}")
	ResponseEntity<StreamingResponseBody> download(AuthenticatedUser user, @PathVariable UUID taskId) {
		TaskRow task = this.tasks.findOwned(taskId, user.userId()).orElseThrow(() -> TaskProblems.notFound(taskId));
		if (!task.status().finished()) {
			throw TaskProblems.notFinished(taskId, task.status());
		}
		List<ZipItem> items = new java.util.ArrayList<>(this.tasks.imageZipItems(taskId));
		items.addAll(this.tasks.convertedAudio(taskId));
		StreamingResponseBody body = (out) -> this.zipWriter.write(items, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("task-" + taskId + ".zip").build().toString())
			.body(body);
	}

	@GetMapping("/history/{userId}")
	HistoryPage history(AuthenticatedUser user, @PathVariable UUID userId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (!user.userId().equals(userId)) {
			throw TaskProblems.otherUsersHistory();
		}
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int pageNumber = Math.max(0, page);
		return new HistoryPage(this.imageTasks.ofUser(userId, pageSize, (long) pageNumber * pageSize), pageNumber,
				pageSize, this.imageTasks.countOfUser(userId));
	}

}
