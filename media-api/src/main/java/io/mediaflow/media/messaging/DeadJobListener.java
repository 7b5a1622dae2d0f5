package io.mediaflow.media.messaging;

import io.mediaflow.common.messaging.FileFailed;
import io.mediaflow.common.messaging.JobRequested;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.media.task.ResultRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * A job the broker dead-lettered after too many failed deliveries: its file is marked
 * FAILED so the task still finishes.
 */
@Component
class DeadJobListener {

	private static final Logger logger = LoggerFactory.getLogger(DeadJobListener.class);

	private final ResultRecorder recorder;

	DeadJobListener(ResultRecorder recorder) {
		this.recorder = recorder;
	}

	@RabbitListener(queues = Messaging.DEAD_JOBS_QUEUE)
	void onDeadJob(JobRequested job) {
		logger.warn("Job for file {} of task {} was dead-lettered", job.fileId(), job.taskId());
		this.recorder.record(new FileFailed(job.taskId(), job.fileId(),
				"Processing kept failing for a temporary reason; gave up after repeated attempts"));
	}

}
