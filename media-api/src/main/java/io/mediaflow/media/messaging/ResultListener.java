package io.mediaflow.media.messaging;

import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.common.messaging.JobReference;
import io.mediaflow.common.messaging.MessageCodec;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.media.task.ResultRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Records what comes back from workers: result events, and jobs the broker dead-lettered after too many failed
 * deliveries (their file is marked FAILED so the task still finishes).
 */
@Component
class ResultListener {

	private static final Logger logger = LoggerFactory.getLogger(ResultListener.class);

	private final ResultRecorder recorder;

	ResultListener(ResultRecorder recorder) {
		this.recorder = recorder;
	}

	@RabbitListener(queues = Messaging.TASK_EVENTS_QUEUE)
	void onFileProcessed(Message message) {
		FileProcessed result;
		try {
			result = MessageCodec.decode(message.getBody(), FileProcessed.class);
		}
		catch (IllegalArgumentException ex) {
			logger.error("Dropping an unreadable result message {}", message.getMessageProperties().getMessageId(), ex);
			return;
		}
		this.recorder.record(result);
	}

	@RabbitListener(queues = Messaging.DEAD_JOBS_QUEUE)
	void onDeadJob(Message message) {
		JobReference job;
		try {
			job = MessageCodec.decode(message.getBody(), JobReference.class);
		}
		catch (IllegalArgumentException ex) {
			logger.error("Dropping an unreadable dead-lettered job {}", message.getMessageProperties().getMessageId(),
					ex);
			return;
		}
		logger.warn("Job for file {} of task {} was dead-lettered", job.fileId(), job.taskId());
		this.recorder.record(FileProcessed.failed(job.taskId(), job.fileId(),
				"Processing kept failing for a temporary reason; gave up after repeated attempts"));
	}

}
