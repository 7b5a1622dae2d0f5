package io.mediaflow.media.messaging;

import io.mediaflow.common.messaging.JobStarted;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.media.task.TaskRepository;

import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * A worker started a job: the watchdog's processing timeout counts from here.
 */
@Component
class JobStartListener {

	private final TaskRepository tasks;

	JobStartListener(TaskRepository tasks) {
		this.tasks = tasks;
	}

	@RabbitListener(queues = Messaging.JOB_STARTS_QUEUE)
	void onJobStarted(JobStarted start) {
		this.tasks.markStarted(start.taskId(), start.fileId());
	}

}
