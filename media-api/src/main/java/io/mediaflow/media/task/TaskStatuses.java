package io.mediaflow.media.task;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.files.ImageVariant;
import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.media.system.PublicUrls;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The status of a task as its owner reads it: the body of {@code GET /status/{task_id}}
 * and of its completion callback. A canceled task lists no outputs: they were removed. An
 * expired task has no status any more: 410 Gone.
 */
@Component
public class TaskStatuses {

	private final TaskRepository tasks;

	private final ObjectProvider<NotifyStatuses> notifyStatuses;

	TaskStatuses(TaskRepository tasks, ObjectProvider<NotifyStatuses> notifyStatuses) {
		this.tasks = tasks;
		this.notifyStatuses = notifyStatuses;
	}

	/**
	 * The task's status, empty when the user has no task of that id.
	 * @throws org.springframework.web.ErrorResponseException 410 when the task expired
	 */
	public Optional<TaskStatusResponse> find(UUID taskId, UUID userId) {
		return find(taskId, userId, PublicUrls.of(""));
	}

	/**
	 * The task's status with its URLs under the given public base URL, for a thread that
	 * serves no request.
	 */
	public Optional<TaskStatusResponse> find(UUID taskId, UUID userId, String publicBaseUrl) {
		return this.tasks.findOwned(taskId, userId).map((task) -> status(task, publicBaseUrl));
	}

	private TaskStatusResponse status(TaskRow task, String publicBaseUrl) {
		if (task.status() == TaskStatus.EXPIRED) {
			throw TaskProblems.expired(task.id());
		}
		List<TaskStatusResponse.FileResult> files = this.tasks.files(task.id())
			.stream()
			.map((file) -> new TaskStatusResponse.FileResult(file.id(), file.originalName(), file.status(),
					("DONE".equals(file.status()) && task.status() != TaskStatus.CANCELED) ? outputs(file) : List.of(),
					file.error()))
			.toList();
		NotifyStatuses notify = this.notifyStatuses.getIfAvailable();
		return new TaskStatusResponse(task.id(), task.status(),
				new TaskStatusResponse.Progress(task.totalFiles(), task.doneFiles(), task.failedFiles()),
				task.createdAt(), task.finishedAt(), task.expiresAt(), files, publicBaseUrl + "/task/" + task.id(),
				(notify != null) ? notify.of(task.id()) : null);
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

}
