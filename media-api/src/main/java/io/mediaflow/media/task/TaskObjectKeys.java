package io.mediaflow.media.task;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.mediaflow.common.files.ImageVariant;
import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.common.storage.StorageKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The S3 keys of a task's objects, from its rows (no bucket listing): what a cancellation
 * or the retention sweep removes.
 */
@Repository
public class TaskObjectKeys {

	private final JdbcClient jdbc;

	TaskObjectKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every key the task may have stored or may still store: originals, image variants,
	 * MP3s, JPEGs (keys are deterministic, so these are known before a worker writes
	 * them).
	 */
	public List<String> of(UUID taskId) {
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
