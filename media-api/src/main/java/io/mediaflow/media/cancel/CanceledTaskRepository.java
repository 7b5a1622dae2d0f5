package io.mediaflow.media.cancel;

import java.util.UUID;

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
	 * Cancels the task's unfinished files and the task, and forgets its result images;
	 * false (nothing changed) when the task finished first.
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
		return true;
	}

	boolean isCanceled(UUID taskId) {
		return this.jdbc.sql("SELECT count(*) FROM tasks WHERE id = ? AND status = 'CANCELED'")
			.param(taskId)
			.query(Long.class)
			.single() > 0;
	}

}
