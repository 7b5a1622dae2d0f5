package io.mediaflow.media.image;

import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.messaging.JpegOutput;
import io.mediaflow.media.upload.JpegTargets;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per single image: where its JPEG goes and, once stored, its size.
 */
@Repository
public class StoredImageRepository implements JpegTargets {

	private final JdbcClient jdbc;

	StoredImageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void insert(UUID imageId, UUID userId, UUID taskId, UUID taskFileId, String s3Key) {
		this.jdbc.sql("INSERT INTO stored_images (id, user_id, task_id, task_file_id, s3_key) VALUES (?, ?, ?, ?, ?)")
			.params(imageId, userId, taskId, taskFileId, s3Key)
			.update();
	}

	void markStored(UUID taskFileId, JpegOutput jpeg) {
		this.jdbc.sql("""
				UPDATE stored_images SET status = ?, width = ?, height = ?, size_bytes = ?, updated_at = now()
				WHERE task_file_id = ?
				""")
			.params(StoredImageStatus.DONE.name(), jpeg.width(), jpeg.height(), jpeg.sizeBytes(), taskFileId)
			.update();
	}

	void markFailed(UUID taskFileId) {
		this.jdbc.sql("UPDATE stored_images SET status = ?, updated_at = now() WHERE task_file_id = ?")
			.params(StoredImageStatus.FAILED.name(), taskFileId)
			.update();
	}

	void markFailedOfTask(UUID taskId) {
		this.jdbc.sql("UPDATE stored_images SET status = ?, updated_at = now() WHERE task_id = ?")
			.params(StoredImageStatus.FAILED.name(), taskId)
			.update();
	}

	Optional<StoredImage> findOwned(UUID imageId, UUID userId) {
		return this.jdbc.sql("""
				SELECT si.s3_key, si.status, si.size_bytes, tf.original_name, tf.error
				FROM stored_images si JOIN task_files tf ON tf.id = si.task_file_id
				WHERE si.id = ? AND si.user_id = ?
				""")
			.params(imageId, userId)
			.query((rs, row) -> new StoredImage(rs.getString("s3_key"),
					StoredImageStatus.valueOf(rs.getString("status")), (Long) rs.getObject("size_bytes"),
					rs.getString("original_name"), rs.getString("error")))
			.optional();
	}

	record StoredImage(String s3Key, StoredImageStatus status, @Nullable Long sizeBytes, String originalName,
			@Nullable String error) {
	}

}
