package io.mediaflow.media.task;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import io.mediaflow.common.messaging.Messaging;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.stereotype.Component;

/**
 * Which kinds of job can no longer be waiting in their queue: the broker counted no
 * message ready there at this look and at the one before. A worker announces a job's
 * start as soon as it takes it, so a job delivered before the previous look has had a
 * whole check interval to be heard of. While the broker cannot be asked, every queue may
 * still hold jobs.
 */
@Component
class DrainedJobQueues {

	private static final List<String> QUEUES = List.of(Messaging.IMAGE_JOBS_QUEUE, Messaging.AUDIO_JOBS_QUEUE);

	private final AmqpAdmin admin;

	private final Set<String> emptyAtLastLook = new HashSet<>();

	DrainedJobQueues(AmqpAdmin admin) {
		this.admin = admin;
	}

	/**
	 * Asks the broker about every job queue; meant to be called once per watchdog check.
	 */
	synchronized Set<MediaKind> look() {
		Set<String> drained = new HashSet<>();
		for (String queue : QUEUES) {
			if (!isEmpty(queue)) {
				this.emptyAtLastLook.remove(queue);
			}
			else if (!this.emptyAtLastLook.add(queue)) {
				drained.add(queue);
			}
		}
		Set<MediaKind> kinds = EnumSet.noneOf(MediaKind.class);
		for (MediaKind kind : MediaKind.values()) {
			if (drained.contains(queueOf(kind))) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	static String queueOf(MediaKind kind) {
		return switch (kind) {
			case IMAGE, JPEG -> Messaging.IMAGE_JOBS_QUEUE;
			case AUDIO -> Messaging.AUDIO_JOBS_QUEUE;
		};
	}

	private boolean isEmpty(String queue) {
		try {
			Properties properties = this.admin.getQueueProperties(queue);
			Object ready = (properties != null) ? properties.get(RabbitAdmin.QUEUE_MESSAGE_COUNT) : null;
			return (ready instanceof Number number) && number.longValue() == 0;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
