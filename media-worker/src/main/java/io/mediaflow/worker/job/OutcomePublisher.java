package io.mediaflow.worker.job;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.common.messaging.JobStarted;
import io.mediaflow.common.messaging.MessageTypes;
import io.mediaflow.common.messaging.Messaging;
import org.jspecify.annotations.Nullable;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes what a worker reports about a job: its outcome, returning only once the
 * broker confirmed it, so the job can be acked safely after it; and its start, best
 * effort and not waited for (a lost start only leaves the file looking queued; see
 * {@link JobRunner}).
 */
@Component
class OutcomePublisher {

	private static final long CONFIRM_TIMEOUT_SECONDS = 10;

	private final RabbitTemplate rabbit;

	OutcomePublisher(RabbitTemplate rabbit) {
		this.rabbit = rabbit;
	}

	void publish(FileProcessed outcome, @Nullable String requestId) {
		publish(outcome, Messaging.FILE_PROCESSED_ROUTING_KEY, requestId);
	}

	/**
	 * Sends the start without waiting for the broker's confirm: the job's work need not
	 * wait a broker round trip for a message that may be lost anyway.
	 */
	void announce(JobStarted start, @Nullable String requestId) {
		send(start, Messaging.JOB_STARTED_ROUTING_KEY, requestId);
	}

	private void publish(Object event, String routingKey, @Nullable String requestId) {
		CorrelationData correlation = send(event, routingKey, requestId);
		CorrelationData.Confirm confirm;
		try {
			confirm = correlation.getFuture().get(CONFIRM_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OutcomeNotConfirmedException("Interrupted while waiting for the broker's confirm");
		}
		catch (Exception ex) {
			throw new OutcomeNotConfirmedException("No confirm from the broker: " + ex.getMessage());
		}
		if (!confirm.ack() || correlation.getReturned() != null) {
			throw new OutcomeNotConfirmedException("The broker did not take the event: "
					+ ((correlation.getReturned() != null) ? "unroutable" : confirm.reason()));
		}
	}

	/**
	 * The template's converter writes the JSON and the type id header; the confirm
	 * completes the returned correlation.
	 */
	private CorrelationData send(Object event, String routingKey, @Nullable String requestId) {
		String messageId = UUID.randomUUID().toString();
		CorrelationData correlation = new CorrelationData(messageId);
		this.rabbit.convertAndSend(Messaging.EVENTS_EXCHANGE, routingKey, event, (message) -> {
			MessageProperties properties = message.getMessageProperties();
			properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
			properties.setMessageId(messageId);
			properties.setType(MessageTypes.typeId(event));
			if (requestId != null) {
				properties.setCorrelationId(requestId);
				properties.setHeader(Messaging.REQUEST_ID_HEADER, requestId);
			}
			return message;
		}, correlation);
		return correlation;
	}

	static class OutcomeNotConfirmedException extends AmqpException {

		OutcomeNotConfirmedException(String message) {
			super(message);
		}

	}

}
