package io.mediaflow.media.cancel;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.mediaflow.common.files.ImageVariant;
import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.common.storage.StorageKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows a cancellation changes. Files are updated before their task, in the order a
 * worker's result takes them, so a result and a cancellation of the same task never
 * deadlock.
 */
@Repository
class CanceledTaskRepository {

	private final JdbcClient jdbc;

	CanceledTaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Cancels the task's unfinished files and the task, and forgets its results; false
	 * (nothing changed) when the task finished first.
	 */
	boolean cancel(UUID taskId) {
		this.jdbc.sql("""
				UPDATE task_files SET status = 'CANCELED', error = 'The task was canceled', updated_at = now()
				WHERE task_id = ? AND status IN ('PENDING', 'PROCESSING')
				""").param(taskId).update();
		int canceled = this.jdbc.sql("""
				UPDATE tasks SET status = 'CANCELED', finished_at = now(), updated_at = now()
				WHERE id = ? AND status IN ('PENDING', 'PROCESSING')
				""").param(taskId).update();
		if (canceled == 0) {
			return false;
		}
		this.jdbc.sql("DELETE FROM image_task WHERE task_id = ?").param(taskId).update();
		this.jdbc.sql("UPDATE audio_records SET status = 'FAILED', updated_at = now() WHERE task_id = ?")
			.param(taskId)
			.update();
		this.jdbc.sql("UPDATE stored_images SET status = 'FAILED', updated_at = now() WHERE task_id = ?")
			.param(taskId)
			.update();
		return true;
	}

	boolean isCanceled(UUID taskId) {
		return this.jdbc.sql("SELECT count(*) FROM tasks WHERE id = ? AND status = 'CANCELED'")
			.param(taskId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Every key the task may have stored or may still store: originals, image variants,
	 * MP3s, JPEGs (keys are deterministic, so these are known before a worker writes
	 * them).
	 */
	List<String> storedKeys(UUID taskId) {
		List<String> keys = new ArrayList<>();
		this.jdbc.sql("SELECT kind, format, safe_name, s3_key FROM task_files WHERE task_id = ?")
			.param(taskId)
			.query((rs) -> {
				keys.add(rs.getString("s3_key"));
				if ("IMAGE".equals(rs.getString("kind"))) {
					ImageFormat format = ImageFormat.valueOf(rs.getString("format"));
					for (ImageVariant variant : ImageVariant.values()) {
						if (variant != ImageVariant.ORIGINAL) {
							keys.add(StorageKeys.result(taskId, variant.imgLink(rs.getString("safe_name"), format)));
						}
					}
				}
			});
		keys.addAll(this.jdbc.sql("SELECT s3_key FROM audio_records WHERE task_id = ?")
			.param(taskId)
			.query(String.class)
			.list());
		keys.addAll(this.jdbc.sql("SELECT s3_key FROM stored_images WHERE task_id = ?")
			.param(taskId)
			.query(String.class)
			.list());
		return keys;
	}

}
