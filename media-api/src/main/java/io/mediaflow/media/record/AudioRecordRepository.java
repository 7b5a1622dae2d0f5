package io.mediaflow.media.record;

import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.messaging.AudioOutput;
import io.mediaflow.media.upload.RecordTargets;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per WAV: where its MP3 goes and, once converted, how long and large it is.
 */
@Repository
public class AudioRecordRepository implements RecordTargets {

	private final JdbcClient jdbc;

	AudioRecordRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void insert(UUID recordId, UUID userId, UUID taskId, UUID taskFileId, String s3Key) {
		this.jdbc.sql("INSERT INTO audio_records (id, user_id, task_id, task_file_id, s3_key) VALUES (?, ?, ?, ?, ?)")
			.params(recordId, userId, taskId, taskFileId, s3Key)
			.update();
	}

	void markConverted(UUID taskFileId, AudioOutput mp3) {
		this.jdbc.sql("""
				UPDATE audio_records SET status = ?, duration_millis = ?, size_bytes = ?, updated_at = now()
				WHERE task_file_id = ?
				""").params(AudioRecordStatus.DONE.name(), mp3.durationMillis(), mp3.sizeBytes(), taskFileId).update();
	}

	void markFailed(UUID taskFileId) {
		this.jdbc.sql("UPDATE audio_records SET status = ?, updated_at = now() WHERE task_file_id = ?")
			.params(AudioRecordStatus.FAILED.name(), taskFileId)
			.update();
	}

	void markFailedOfTask(UUID taskId) {
		this.jdbc.sql("UPDATE audio_records SET status = ?, updated_at = now() WHERE task_id = ?")
			.params(AudioRecordStatus.FAILED.name(), taskId)
			.update();
	}

	Optional<AudioRecord> findOwned(UUID recordId, UUID userId) {
		return this.jdbc.sql("""
				SELECT ar.id, ar.s3_key, ar.status, ar.size_bytes, tf.original_name, tf.safe_name, tf.error
				FROM audio_records ar JOIN task_files tf ON tf.id = ar.task_file_id
				WHERE ar.id = ? AND ar.user_id = ?
				""")
			.params(recordId, userId)
			.query((rs, row) -> new AudioRecord(rs.getObject("id", UUID.class), rs.getString("s3_key"),
					AudioRecordStatus.valueOf(rs.getString("status")), (Long) rs.getObject("size_bytes"),
					rs.getString("original_name"), rs.getString("safe_name"), rs.getString("error")))
			.optional();
	}

	record AudioRecord(UUID id, String s3Key, AudioRecordStatus status, @Nullable Long sizeBytes, String originalName,
			String safeName, @Nullable String error) {
	}

}
