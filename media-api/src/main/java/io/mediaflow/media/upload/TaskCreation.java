package io.mediaflow.media.upload;

import java.util.List;
import java.util.UUID;

import io.mediaflow.common.messaging.ImageJobRequested;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.media.outbox.Outbox;
import io.mediaflow.media.task.NewTaskFile;
import io.mediaflow.media.task.TaskRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a task, one row per file and one outbox job per file in one transaction: either all of it exists, or
 * none.
 */
@Service
class TaskCreation {

	private final TaskRepository tasks;

	private final Outbox outbox;

	TaskCreation(TaskRepository tasks, Outbox outbox) {
		this.tasks = tasks;
		this.outbox = outbox;
	}

	@Transactional
	void create(UUID taskId, UUID userId, List<NewTaskFile> files, @Nullable String requestId) {
		this.tasks.insertTask(taskId, userId, files.size());
		for (NewTaskFile file : files) {
			this.tasks.insertFile(taskId, file);
			this.outbox.append(Messaging.JOBS_EXCHANGE, Messaging.IMAGE_JOB_ROUTING_KEY,
					new ImageJobRequested(taskId, file.id(), file.s3Key(), file.safeName(), file.format()), requestId);
		}
	}

}
