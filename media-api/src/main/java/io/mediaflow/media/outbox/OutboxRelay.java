package io.mediaflow.media.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.mediaflow.common.messaging.MessageTypes;
import io.mediaflow.common.messaging.Messaging;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox messages with publisher confirms and mandatory routing, and marks a
 * message published only when the broker acked it without returning it as unroutable.
 * While the broker is away messages simply wait.
 */
@Component
public class OutboxRelay {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private final Outbox outbox;

	private final RabbitTemplate rabbit;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final OutboxProperties properties;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor((runnable) -> new Thread(runnable, "outbox-relay"));

	private final AtomicBoolean wakeUpPending = new AtomicBoolean();

	private volatile boolean brokerDown;

	OutboxRelay(Outbox outbox, RabbitTemplate rabbit, TransactionTemplate transaction, ApplicationEventPublisher events,
			OutboxProperties properties) {
		this.outbox = outbox;
		this.rabbit = rabbit;
		this.transaction = transaction;
		this.events = events;
		this.properties = properties;
	}

	/**
	 * Asks for a publishing round soon; rounds never overlap and repeated calls coalesce.
	 */
	public void wakeUp() {
		if (this.wakeUpPending.compareAndSet(false, true)) {
			this.executor.execute(() -> {
				this.wakeUpPending.set(false);
				drain();
			});
		}
	}

	@Scheduled(fixedDelayString = "${mediaflow.outbox.poll-interval:1s}")
	void poll() {
		wakeUp();
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.executor.shutdown();
		this.executor.awaitTermination(10, TimeUnit.SECONDS);
	}

	private void drain() {
		try {
			while (publishBatch() == this.properties.batchSize()) {
				// a full batch: more may be waiting
			}
			if (this.brokerDown) {
				logger.info("RabbitMQ is reachable again; outbox messages are flowing");
				this.brokerDown = false;
			}
		}
		catch (AmqpException ex) {
			if (!this.brokerDown) {
				logger.warn("Cannot publish outbox messages, will retry: {}", ex.getMessage());
				this.brokerDown = true;
			}
		}
		catch (RuntimeException ex) {
			logger.error("Outbox relay round failed, will retry", ex);
		}
	}

	private int publishBatch() {
		Integer published = this.transaction.execute((status) -> {
			List<OutboxMessage> batch = this.outbox.lockPending(this.properties.batchSize());
			List<CorrelationData> confirms = new ArrayList<>(batch.size());
			for (OutboxMessage message : batch) {
				CorrelationData correlation = new CorrelationData(message.id().toString());
				this.rabbit.send(message.exchange(), message.routingKey(), toAmqp(message), correlation);
				confirms.add(correlation);
			}
			List<OutboxMessage> acked = new ArrayList<>(batch.size());
			for (int i = 0; i < batch.size(); i++) {
				if (confirmed(batch.get(i), confirms.get(i))) {
					acked.add(batch.get(i));
				}
			}
			this.outbox.markPublished(acked.stream().map(OutboxMessage::id).toList());
			if (!acked.isEmpty()) {
				this.events.publishEvent(new MessagesPublished(acked.stream()
					.map((message) -> new MessagePublished(message.messageType(), message.payload()))
					.toList()));
			}
			return batch.size();
		});
		return (published != null) ? published : 0;
	}

	/** Whether the broker took the message; if not, the failed attempt is counted. */
	private boolean confirmed(OutboxMessage message, CorrelationData correlation) {
		try {
			CorrelationData.Confirm confirm = correlation.getFuture()
				.get(this.properties.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
			if (confirm.ack() && correlation.getReturned() == null) {
				return true;
			}
			logger.warn("Broker did not take outbox message {} ({}): {}", message.id(), message.messageType(),
					(correlation.getReturned() != null) ? "unroutable, returned" : confirm.reason());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			logger.warn("No confirm for outbox message {} in time; it will be sent again", message.id());
		}
		this.outbox.countFailedAttempt(message.id());
		return false;
	}

	private static Message toAmqp(OutboxMessage message) {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setContentEncoding(StandardCharsets.UTF_8.name());
		properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
		properties.setMessageId(message.id().toString());
		properties.setType(message.messageType());
		properties.setHeader(MessageTypes.TYPE_ID_HEADER, message.messageType());
		if (message.requestId() != null) {
			properties.setCorrelationId(message.requestId());
			properties.setHeader(Messaging.REQUEST_ID_HEADER, message.requestId());
		}
		return new Message(message.payload().getBytes(StandardCharsets.UTF_8), properties);
	}

}
