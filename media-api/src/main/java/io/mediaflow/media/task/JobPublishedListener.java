package io.mediaflow.media.task;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.mediaflow.common.messaging.JobReference;
import io.mediaflow.common.messaging.MessageCodec;
import io.mediaflow.media.outbox.MessagesPublished;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Jobs reached the broker: their files, and their tasks, are now PROCESSING.
 */
@Component
class JobPublishedListener {

	private final TaskRepository tasks;

	JobPublishedListener(TaskRepository tasks) {
		this.tasks = tasks;
	}

	@EventListener
	void on(MessagesPublished published) {
		List<JobReference> jobs = published.messages()
			.stream()
			.filter((message) -> message.messageType().endsWith("JobRequested"))
			.map((message) -> MessageCodec.decode(message.payload().getBytes(StandardCharsets.UTF_8),
					JobReference.class))
			.toList();
		if (!jobs.isEmpty()) {
			this.tasks.markProcessing(jobs);
		}
	}

}
