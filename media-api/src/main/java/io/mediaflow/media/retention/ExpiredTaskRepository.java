package io.mediaflow.media.retention;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows the retention sweep reads and changes.
 */
@Repository
class ExpiredTaskRepository {

	private final JdbcClient jdbc;

	ExpiredTaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Finished tasks past their expiry, locked for this transaction; rows another
	 * instance is sweeping are skipped. A task still running is left until it ends.
	 */
	List<UUID> lockExpired(int limit) {
		return this.jdbc.sql("""
				SELECT id FROM tasks
				WHERE expires_at < now() AND status IN ('DONE', 'PARTIAL', 'FAILED', 'CANCELED')
				ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED
				""").param(limit).query(UUID.class).list();
	}

	/**
	 * Deletes the task's files, history rows, records, stored images and callback, and
	 * keeps the task as an EXPIRED tombstone.
	 */
	void expire(UUID taskId) {
		for (String table : List.of("image_task", "audio_records", "stored_images", "webhook_deliveries",
				"task_files")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE task_id = ?").param(taskId).update();
		}
		this.jdbc.sql("UPDATE tasks SET status = 'EXPIRED', updated_at = now() WHERE id = ?").param(taskId).update();
	}

}
