package io.mediaflow.media.task;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.files.ImageVariant;
import io.mediaflow.common.messaging.ImageFormat;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The body of {@code GET /status/{task_id}}: what the endpoint answers, and what a
 * completion callback sends.
 */
@Component
public class TaskStatusReader {

	private final TaskRepository tasks;

	private final ObjectProvider<NotifyStatuses> notifyStatuses;

	TaskStatusReader(TaskRepository tasks, ObjectProvider<NotifyStatuses> notifyStatuses) {
		this.tasks = tasks;
		this.notifyStatuses = notifyStatuses;
	}

	/**
	 * @param downloadUrl the absolute URL of the task's zip, as the client reaches it
	 * @param withNotify whether to show the completion callback's state
	 */
	public Optional<TaskStatusResponse> read(UUID taskId, UUID userId, String downloadUrl, boolean withNotify) {
		return this.tasks.findOwned(taskId, userId).map((task) -> {
			List<TaskStatusResponse.FileResult> files = this.tasks.files(taskId)
				.stream()
				.map((file) -> new TaskStatusResponse.FileResult(file.id(), file.originalName(), file.status(),
						("DONE".equals(file.status()) && task.status() != TaskStatus.CANCELED) ? outputs(file)
								: List.of(),
						file.error()))
				.toList();
			NotifyStatuses notify = withNotify ? this.notifyStatuses.getIfAvailable() : null;
			return new TaskStatusResponse(task.id(), task.status(),
					new TaskStatusResponse.Progress(task.totalFiles(), task.doneFiles(), task.failedFiles()),
					task.createdAt(), task.finishedAt(), files, downloadUrl,
					(notify != null) ? notify.of(taskId) : null);
		});
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
