package io.mediaflow.media.task;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * {@code GET /status/{task_id}}.
 *
 * @param expiresAt when the retention sweep removes the task's originals and results
 * (null: kept)
 * @param webhook the completion callback, when the upload gave a {@code notify_url}
 */
public record TaskStatusResponse(UUID taskId, TaskStatus status, Progress progress, Instant createdAt,
		@Nullable Instant finishedAt, @Nullable Instant expiresAt, List<FileResult> files, String downloadUrl,
		@Nullable NotifyStatus webhook) {

	public record Progress(int total, int done, int failed) {
	}

	/**
	 * @param name the name the file was uploaded with
	 * @param outputs the file's {@code img_link}s once it is DONE
	 * @param error why it failed, when it did
	 */
	public record FileResult(UUID fileId, String name, String status, List<String> outputs, @Nullable String error) {
	}

}
