package io.mediaflow.common.messaging;

import java.util.HashMap;
import java.util.Map;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;

/**
 * The broker layout of DESIGN.md section 4, declared identically by every service that
 * touches it (RabbitMQ refuses a second declaration with other arguments). Job queues are
 * durable quorum queues with a delivery limit that dead-letter at least once;
 * {@code quorum=false} gives classic queues for brokers without quorum support.
 */
public final class MessagingTopology {

	private MessagingTopology() {
	}

	public static Declarables declarables(boolean quorum, int deliveryLimit) {
		DirectExchange jobs = new DirectExchange(Messaging.JOBS_EXCHANGE, true, false);
		TopicExchange events = new TopicExchange(Messaging.EVENTS_EXCHANGE, true, false);
		FanoutExchange deadLetters = new FanoutExchange(Messaging.DEAD_LETTER_EXCHANGE, true, false);
		Queue imageJobs = jobQueue(Messaging.IMAGE_JOBS_QUEUE, quorum, deliveryLimit);
		Queue audioJobs = jobQueue(Messaging.AUDIO_JOBS_QUEUE, quorum, deliveryLimit);
		Queue taskEvents = new Queue(Messaging.TASK_EVENTS_QUEUE, true, false, false, queueType(quorum));
		Queue deadJobs = new Queue(Messaging.DEAD_JOBS_QUEUE, true, false, false, queueType(quorum));
		Queue jobStarts = new Queue(Messaging.JOB_STARTS_QUEUE, true, false, false, queueType(quorum));
		Binding image = BindingBuilder.bind(imageJobs).to(jobs).with(Messaging.IMAGE_JOB_ROUTING_KEY);
		Binding audio = BindingBuilder.bind(audioJobs).to(jobs).with(Messaging.AUDIO_JOB_ROUTING_KEY);
		Binding results = BindingBuilder.bind(taskEvents).to(events).with("file.#");
		Binding dead = BindingBuilder.bind(deadJobs).to(deadLetters);
		Binding starts = BindingBuilder.bind(jobStarts).to(events).with(Messaging.JOB_STARTED_ROUTING_KEY);
		return new Declarables(jobs, events, deadLetters, imageJobs, audioJobs, taskEvents, deadJobs, jobStarts, image,
				audio, results, dead, starts);
	}

	private static Queue jobQueue(String name, boolean quorum, int deliveryLimit) {
		Map<String, Object> arguments = queueType(quorum);
		arguments.put("x-dead-letter-exchange", Messaging.DEAD_LETTER_EXCHANGE);
		if (quorum) {
			arguments.put("x-delivery-limit", deliveryLimit);
			arguments.put("x-dead-letter-strategy", "at-least-once");
			arguments.put("x-overflow", "reject-publish");
		}
		return new Queue(name, true, false, false, arguments);
	}

	private static Map<String, Object> queueType(boolean quorum) {
		Map<String, Object> arguments = new HashMap<>();
		arguments.put("x-queue-type", quorum ? "quorum" : "classic");
		return arguments;
	}

}
