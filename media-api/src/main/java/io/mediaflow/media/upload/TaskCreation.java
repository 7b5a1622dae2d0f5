package io.mediaflow.media.upload;

import java.util.List;
import java.util.UUID;

import io.mediaflow.common.messaging.AudioJobRequested;
import io.mediaflow.common.messaging.ImageJobRequested;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.common.storage.StorageKeys;
import io.mediaflow.media.outbox.Outbox;
import io.mediaflow.media.record.AudioRecordRepository;
import io.mediaflow.media.task.TaskRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a task, one row per file, an audio record per WAV and one outbox job per file in one transaction:
 * either all of it exists, or none.
 */
@Service
class TaskCreation {

	private final TaskRepository tasks;

	private final AudioRecordRepository audioRecords;

	private final Outbox outbox;

	TaskCreation(TaskRepository tasks, AudioRecordRepository audioRecords, Outbox outbox) {
		this.tasks = tasks;
		this.audioRecords = audioRecords;
		this.outbox = outbox;
	}

	@Transactional
	void create(UUID taskId, UUID userId, List<PlannedFile> files, @Nullable String requestId) {
		this.tasks.insertTask(taskId, userId, files.size());
		for (PlannedFile planned : files) {
			this.tasks.insertFile(taskId, planned.file());
			Object job;
			String routingKey;
			if (planned.media() instanceof InspectedMedia.Image image) {
				job = new ImageJobRequested(taskId, planned.file().id(), planned.file().s3Key(),
						planned.file().safeName(), image.format());
				routingKey = Messaging.IMAGE_JOB_ROUTING_KEY;
			}
			else {
				UUID recordId = java.util.Objects.requireNonNull(planned.recordId());
				this.audioRecords.insert(recordId, userId, taskId, planned.file().id(), StorageKeys.audio(recordId));
				job = new AudioJobRequested(taskId, planned.file().id(), recordId, planned.file().s3Key());
				routingKey = Messaging.AUDIO_JOB_ROUTING_KEY;
			}
			this.outbox.append(Messaging.JOBS_EXCHANGE, routingKey, job, requestId);
		}
	}

}
