package io.mediaflow.media.task;

import java.nio.charset.StandardCharsets;

import io.mediaflow.common.messaging.JobReference;
import io.mediaflow.common.messaging.MessageCodec;
import io.mediaflow.media.outbox.MessagePublished;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A job reached the broker: its file, and its task, are now PROCESSING.
 */
@Component
class JobPublishedListener {

	private final TaskRepository tasks;

	JobPublishedListener(TaskRepository tasks) {
		this.tasks = tasks;
	}

	@EventListener
	void on(MessagePublished published) {
		if (published.messageType().endsWith("JobRequested")) {
			JobReference job = MessageCodec.decode(published.payload().getBytes(StandardCharsets.UTF_8),
					JobReference.class);
			this.tasks.markProcessing(job.taskId(), job.fileId());
		}
	}

}
