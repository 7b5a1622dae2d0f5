package io.mediaflow.media.messaging;

import java.util.List;
import java.util.Properties;

import io.mediaflow.common.messaging.Messaging;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Messages ready in each Mediaflow queue ({@code mediaflow.queue.depth{queue=...}}),
 * asked from the broker at scrape time; NaN while the broker is away.
 */
@Component
class QueueDepthMetrics implements SmartInitializingSingleton {

	private static final List<String> QUEUES = List.of(Messaging.IMAGE_JOBS_QUEUE, Messaging.AUDIO_JOBS_QUEUE,
			Messaging.TASK_EVENTS_QUEUE, Messaging.DEAD_JOBS_QUEUE, Messaging.JOB_STARTS_QUEUE);

	private final MeterRegistry registry;

	private final AmqpAdmin admin;

	QueueDepthMetrics(MeterRegistry registry, AmqpAdmin admin) {
		this.registry = registry;
		this.admin = admin;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (String queue : QUEUES) {
			Gauge.builder("mediaflow.queue.depth", this.admin, (amqp) -> depth(amqp, queue))
				.tag("queue", queue)
				.description("Messages ready in the queue")
				.register(this.registry);
		}
	}

	private static double depth(AmqpAdmin admin, String queue) {
		try {
			Properties properties = admin.getQueueProperties(queue);
			Object count = (properties != null) ? properties.get(RabbitAdmin.QUEUE_MESSAGE_COUNT) : null;
			return (count instanceof Number number) ? number.doubleValue() : Double.NaN;
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}
