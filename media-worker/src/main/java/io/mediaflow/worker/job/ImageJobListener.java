package io.mediaflow.worker.job;

import java.io.IOException;
import java.time.Duration;

import com.rabbitmq.client.Channel;
import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.common.messaging.ImageJobRequested;
import io.mediaflow.common.messaging.MessageCodec;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.worker.image.ImageJobProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Takes image jobs one at a time per consumer and decides each outcome on purpose:
 * <ul>
 * <li>done, or bad media: the outcome event is published and confirmed, then the job is acked;</li>
 * <li>a transient fault (S3, broker): after a back-off the job goes back to its queue; the quorum queue's
 * delivery limit dead-letters it eventually, and media-api then marks the file FAILED;</li>
 * <li>an unreadable message: rejected straight to the dead-letter exchange.</li>
 * </ul>
 */
@Component
class ImageJobListener {

	private static final Logger logger = LoggerFactory.getLogger(ImageJobListener.class);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

	private final ImageJobProcessor processor;

	private final OutcomePublisher outcomes;

	ImageJobListener(ImageJobProcessor processor, OutcomePublisher outcomes) {
		this.processor = processor;
		this.outcomes = outcomes;
	}

	@RabbitListener(queues = Messaging.IMAGE_JOBS_QUEUE, containerFactory = "jobContainerFactory")
	void onImageJob(Message message, Channel channel) throws IOException {
		long deliveryTag = message.getMessageProperties().getDeliveryTag();
		String requestId = message.getMessageProperties().getHeader(Messaging.REQUEST_ID_HEADER);
		if (requestId != null) {
			MDC.put("requestId", requestId);
		}
		try {
			ImageJobRequested job;
			try {
				job = MessageCodec.decode(message.getBody(), ImageJobRequested.class);
			}
			catch (IllegalArgumentException ex) {
				logger.error("Rejecting an unreadable image job {}", message.getMessageProperties().getMessageId());
				channel.basicReject(deliveryTag, false);
				return;
			}
			try {
				FileProcessed outcome = this.processor.process(job);
				this.outcomes.publish(outcome, requestId);
				channel.basicAck(deliveryTag, false);
			}
			catch (RuntimeException ex) {
				long deliveries = deliveryCount(message);
				Duration backoff = backoff(deliveries);
				logger.warn("Image job for file {} failed on delivery {} ({}); retrying in {} ms", job.fileId(),
						deliveries + 1, ex.getMessage(), backoff.toMillis());
				sleep(backoff);
				channel.basicNack(deliveryTag, false, true);
			}
		}
		finally {
			MDC.remove("requestId");
		}
	}

	/** How often the broker delivered this job before (quorum queues count it in {@code x-delivery-count}). */
	static long deliveryCount(Message message) {
		Object count = message.getMessageProperties().getHeaders().get("x-delivery-count");
		if (count instanceof Number number) {
			return number.longValue();
		}
		return Boolean.TRUE.equals(message.getMessageProperties().getRedelivered()) ? 1 : 0;
	}

	static Duration backoff(long previousDeliveries) {
		long millis = 500L << Math.min(previousDeliveries, 10);
		return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
