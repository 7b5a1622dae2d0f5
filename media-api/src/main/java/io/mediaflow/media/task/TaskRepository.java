package io.mediaflow.media.task;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.files.ImageVariant;
import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.common.messaging.JobReference;
import io.mediaflow.common.storage.StorageKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tasks and their files in schema {@code media}.
 */
@Repository
public class TaskRepository {

	private final JdbcClient jdbc;

	/**
	 * Started, or published and not waiting in a queue, longer than the processing
	 * timeout ago.
	 */
	private static final String OVERDUE = """
			status = 'PROCESSING' AND (started_at < now() - make_interval(secs => :timeout)
			    OR started_at IS NULL AND updated_at < now() - make_interval(secs => :timeout)
			    AND kind = ANY (:drainedKinds))
			""";

	TaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param retention how long its objects are kept after the task is created; null
	 * keeps them
	 */
	public void insertTask(UUID taskId, UUID userId, int totalFiles, @Nullable Duration retention) {
		this.jdbc.sql("""
				INSERT INTO tasks (id, user_id, status, total_files, expires_at)
				VALUES (?, ?, 'PENDING', ?, now() + make_interval(secs => ?))
				""")
			.params(taskId, userId, totalFiles, (retention != null) ? retention.toMillis() / 1000.0 : null)
			.update();
	}

	public void insertFile(UUID taskId, NewTaskFile file) {
		this.jdbc.sql("""
				INSERT INTO task_files (id, task_id, position, kind, format, original_name, safe_name, content_type,
				                        size_bytes, s3_key, status)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')
				""")
			.params(file.id(), taskId, file.position(), file.kind().name(), file.format(), file.originalName(),
					file.safeName(), file.contentType(), file.sizeBytes(), file.s3Key())
			.update();
	}

	public Optional<TaskRow> findOwned(UUID taskId, UUID userId) {
		return this.jdbc.sql("""
				SELECT id, user_id, status, total_files, done_files, failed_files, created_at, finished_at, expires_at
				FROM tasks WHERE id = ? AND user_id = ?
				""").params(taskId, userId).query((rs, row) -> {
			Timestamp finished = rs.getTimestamp("finished_at");
			Timestamp expires = rs.getTimestamp("expires_at");
			return new TaskRow(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
					TaskStatus.valueOf(rs.getString("status")), rs.getInt("total_files"), rs.getInt("done_files"),
					rs.getInt("failed_files"), rs.getTimestamp("created_at").toInstant(),
					(finished != null) ? finished.toInstant() : null, (expires != null) ? expires.toInstant() : null);
		}).optional();
	}

	public List<TaskFileRow> files(UUID taskId) {
		return this.jdbc.sql("""
				SELECT id, position, kind, format, original_name, safe_name, status, error
				FROM task_files WHERE task_id = ? ORDER BY position
				""")
			.param(taskId)
			.query((rs, row) -> new TaskFileRow(rs.getObject("id", UUID.class), rs.getInt("position"),
					MediaKind.valueOf(rs.getString("kind")), rs.getString("format"), rs.getString("original_name"),
					rs.getString("safe_name"), rs.getString("status"), rs.getString("error")))
			.list();
	}

	/**
	 * The images of the task's finished image files, as zip entries named by img_link:
	 * the original read from where it was uploaded, the variants from {@code results/}.
	 */
	List<ZipItem> imageZipItems(UUID taskId) {
		List<ZipItem> items = new ArrayList<>();
		this.jdbc.sql("""
				SELECT safe_name, format, s3_key, updated_at FROM task_files
				WHERE task_id = ? AND kind = 'IMAGE' AND status = 'DONE' ORDER BY position
				""").param(taskId).query((rs) -> {
			String safeName = rs.getString("safe_name");
			ImageFormat format = ImageFormat.valueOf(rs.getString("format"));
			Instant finished = rs.getTimestamp("updated_at").toInstant();
			for (ImageVariant variant : ImageVariant.values()) {
				String imgLink = variant.imgLink(safeName, format);
				String key = (variant == ImageVariant.ORIGINAL) ? rs.getString("s3_key")
						: StorageKeys.result(taskId, imgLink);
				items.add(new ZipItem(imgLink, key, finished));
			}
		});
		return items;
	}

	/** The task's MP3s that are ready, as zip entries named {@code <safe name>.mp3}. */
	List<ZipItem> convertedAudio(UUID taskId) {
		return this.jdbc.sql("""
				SELECT tf.safe_name, ar.s3_key, ar.updated_at
				FROM audio_records ar JOIN task_files tf ON tf.id = ar.task_file_id
				WHERE ar.task_id = ? AND ar.status = 'DONE' ORDER BY tf.position
				""")
			.param(taskId)
			.query((rs, row) -> new ZipItem(TaskZipWriter.mp3Name(rs.getString("safe_name")), rs.getString("s3_key"),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/**
	 * Marks just-published jobs' files (and their tasks) as being processed, in two
	 * statements however many.
	 */
	public void markProcessing(List<JobReference> jobs) {
		this.jdbc
			.sql("UPDATE task_files SET status = 'PROCESSING', attempts = attempts + 1, updated_at = now()"
					+ " WHERE id = ANY(?) AND status = 'PENDING'")
			.param(fileIds(jobs))
			.update();
		this.jdbc
			.sql("UPDATE tasks SET status = 'PROCESSING', updated_at = now() WHERE id = ANY(?) AND status = 'PENDING'")
			.param(taskIds(jobs))
			.update();
	}

	/**
	 * Notes that workers started these jobs (again, on a redelivery), in one statement
	 * however many. A start can overtake the publisher's confirm, so a file still PENDING
	 * takes it too; a finished file ignores it.
	 */
	public void markStarted(List<JobReference> jobs) {
		this.jdbc.sql("""
				UPDATE task_files f SET started_at = now()
				FROM unnest(?, ?) AS started(task_id, file_id)
				WHERE f.id = started.file_id AND f.task_id = started.task_id
				  AND f.status IN ('PENDING', 'PROCESSING')
				""").params(taskIds(jobs), fileIds(jobs)).update();
	}

	private static UUID[] taskIds(List<JobReference> jobs) {
		return jobs.stream().map(JobReference::taskId).toArray(UUID[]::new);
	}

	private static UUID[] fileIds(List<JobReference> jobs) {
		return jobs.stream().map(JobReference::fileId).toArray(UUID[]::new);
	}

	/**
	 * Finishes a file once: returns false when it was already finished (a redelivered
	 * result changes nothing) or canceled.
	 */
	boolean finishFile(UUID taskId, UUID fileId, boolean succeeded, @Nullable String error) {
		return this.jdbc.sql("""
				UPDATE task_files SET status = ?, error = ?, updated_at = now()
				WHERE id = ? AND task_id = ? AND status IN ('PENDING', 'PROCESSING')
				""").params(succeeded ? "DONE" : "FAILED", error, fileId, taskId).update() == 1;
	}

	/**
	 * Counts a finished file into its task and finishes the task with its last file; true
	 * when it did.
	 */
	boolean countFinishedFile(UUID taskId, boolean succeeded) {
		int done = succeeded ? 1 : 0;
		int failed = succeeded ? 0 : 1;
		return this.jdbc.sql("""
				UPDATE tasks SET
				    done_files = done_files + :done,
				    failed_files = failed_files + :failed,
				    status = CASE
				        WHEN done_files + failed_files + 1 < total_files THEN 'PROCESSING'
				        WHEN failed_files + :failed = 0 THEN 'DONE'
				        WHEN done_files + :done = 0 THEN 'FAILED'
				        ELSE 'PARTIAL' END,
				    finished_at = CASE WHEN done_files + failed_files + 1 >= total_files THEN now() END,
				    updated_at = now()
				WHERE id = :taskId
				RETURNING finished_at IS NOT NULL
				""")
			.param("done", done)
			.param("failed", failed)
			.param("taskId", taskId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Files started, or published and not waiting in a queue ({@code drainedKinds}),
	 * longer than {@code timeoutSeconds} ago, the longest overdue first.
	 */
	List<OverdueFile> overdueFiles(double timeoutSeconds, String[] drainedKinds, int limit) {
		return this.jdbc
			.sql("SELECT id, task_id, attempts, started_at IS NOT NULL AS started FROM task_files WHERE " + OVERDUE
					+ " ORDER BY coalesce(started_at, updated_at) LIMIT :limit")
			.param("timeout", timeoutSeconds)
			.param("drainedKinds", drainedKinds)
			.param("limit", limit)
			.query((rs, row) -> new OverdueFile(rs.getObject("id", UUID.class), rs.getObject("task_id", UUID.class),
					rs.getInt("attempts"), rs.getBoolean("started")))
			.list();
	}

	/**
	 * Puts an overdue file back to PENDING before its job is sent again, unless a result
	 * or a start came since it was found; true when it did.
	 */
	boolean requeueIfOverdue(UUID fileId, double timeoutSeconds, String[] drainedKinds) {
		return this.jdbc
			.sql("UPDATE task_files SET status = 'PENDING', started_at = NULL, updated_at = now()"
					+ " WHERE id = :id AND " + OVERDUE)
			.param("id", fileId)
			.param("timeout", timeoutSeconds)
			.param("drainedKinds", drainedKinds)
			.update() == 1;
	}

	record OverdueFile(UUID id, UUID taskId, int attempts, boolean started) {
	}

}
