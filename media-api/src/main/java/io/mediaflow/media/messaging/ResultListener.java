package io.mediaflow.media.messaging;

import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.common.messaging.JobReference;
import io.mediaflow.common.messaging.JobStarted;
import io.mediaflow.common.messaging.MessageCodec;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.media.task.ResultRecorder;
import io.mediaflow.media.task.TaskRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Records what comes back from workers: when they start a job (the watchdog's processing
 * timeout counts from there), result events, and jobs the broker dead-lettered after too
 * many failed deliveries (their file is marked FAILED so the task still finishes).
 */
@Component
class ResultListener {

	private static final Logger logger = LoggerFactory.getLogger(ResultListener.class);

	private final ResultRecorder recorder;

	private final TaskRepository tasks;

	ResultListener(ResultRecorder recorder, TaskRepository tasks) {
		this.recorder = recorder;
		this.tasks = tasks;
	}

	@RabbitListener(queues = Messaging.JOB_STARTS_QUEUE)
	void onJobStarted(Message message) {
		JobStarted start = decode(message, JobStarted.class);
		if (start != null) {
			this.tasks.markStarted(start.taskId(), start.fileId());
		}
	}

	@RabbitListener(queues = Messaging.TASK_EVENTS_QUEUE)
	void onFileProcessed(Message message) {
		FileProcessed result = decode(message, FileProcessed.class);
		if (result != null) {
			this.recorder.record(result);
		}
	}

	@RabbitListener(queues = Messaging.DEAD_JOBS_QUEUE)
	void onDeadJob(Message message) {
		JobReference job = decode(message, JobReference.class);
		if (job == null) {
			return;
		}
		logger.warn("Job for file {} of task {} was dead-lettered", job.fileId(), job.taskId());
		this.recorder.record(FileProcessed.failed(job.taskId(), job.fileId(),
				"Processing kept failing for a temporary reason; gave up after repeated attempts"));
	}

	/**
	 * The message as the given type, or null (logged, and the message dropped) when it is
	 * unreadable.
	 */
	private static <T> @Nullable T decode(Message message, Class<T> type) {
		try {
			return MessageCodec.decode(message.getBody(), type);
		}
		catch (IllegalArgumentException ex) {
			logger.error("Dropping an unreadable {} message {}", type.getSimpleName(),
					message.getMessageProperties().getMessageId(), ex);
			return null;
		}
	}

}
