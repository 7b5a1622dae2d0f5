package io.mediaflow.media.upload;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.mediaflow.common.messaging.AudioJobRequested;
import io.mediaflow.common.messaging.ImageJobRequested;
import io.mediaflow.common.messaging.JpegJobRequested;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.common.storage.StorageKeys;
import io.mediaflow.media.outbox.Outbox;
import io.mediaflow.media.task.TaskCreated;
import io.mediaflow.media.task.TaskRepository;
import io.mediaflow.media.task.TaskRetention;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a task, one row per file, an audio record per WAV or a stored-image row per
 * single image, and one outbox job per file in one transaction: either all of it exists,
 * or none.
 */
@Service
class TaskCreation {

	private final TaskRepository tasks;

	private final RecordTargets records;

	private final JpegTargets jpegs;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final TaskRetention retention;

	TaskCreation(TaskRepository tasks, RecordTargets records, JpegTargets jpegs, Outbox outbox,
			ApplicationEventPublisher events, TaskRetention retention) {
		this.retention = retention;
		this.tasks = tasks;
		this.records = records;
		this.jpegs = jpegs;
		this.outbox = outbox;
		this.events = events;
	}

	@Transactional
	void create(UUID taskId, UUID userId, List<PlannedFile> files, UploadPurpose purpose, @Nullable String requestId) {
		this.tasks.insertTask(taskId, userId, files.size(), this.retention.period());
		for (PlannedFile planned : files) {
			this.tasks.insertFile(taskId, planned.file());
			Object job;
			String routingKey;
			if (purpose instanceof UploadPurpose.StoreJpeg jpeg
					&& planned.media() instanceof InspectedMedia.Image image) {
				UUID imageId = Objects.requireNonNull(planned.outputId());
				this.jpegs.insert(imageId, userId, taskId, planned.file().id(), StorageKeys.jpeg(imageId));
				job = new JpegJobRequested(taskId, planned.file().id(), imageId, planned.file().s3Key(), image.format(),
						jpeg.maxWidth(), jpeg.maxHeight(), jpeg.quality());
				routingKey = Messaging.JPEG_JOB_ROUTING_KEY;
			}
			else if (planned.media() instanceof InspectedMedia.Image image) {
				job = new ImageJobRequested(taskId, planned.file().id(), planned.file().s3Key(),
						planned.file().safeName(), image.format());
				routingKey = Messaging.IMAGE_JOB_ROUTING_KEY;
			}
			else {
				UUID recordId = Objects.requireNonNull(planned.outputId());
				this.records.insert(recordId, userId, taskId, planned.file().id(), StorageKeys.audio(recordId));
				job = new AudioJobRequested(taskId, planned.file().id(), recordId, planned.file().s3Key());
				routingKey = Messaging.AUDIO_JOB_ROUTING_KEY;
			}
			this.outbox.append(Messaging.JOBS_EXCHANGE, routingKey, job, requestId, planned.file().id());
		}
		this.events.publishEvent(new TaskCreated(taskId, userId));
	}

}
