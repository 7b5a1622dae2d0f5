package io.mediaflow.media.messaging;

import java.util.Map;

import io.mediaflow.common.messaging.MessageTypes;
import io.mediaflow.common.messaging.MessagingProperties;
import io.mediaflow.common.messaging.MessagingTopology;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.retry.ImmediateRequeueMessageRecoverer;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.amqp.rabbit.retry.RejectAndDontRequeueRecoverer;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingConfiguration {

	@Bean
	Declarables mediaflowTopology(MessagingProperties messaging) {
		return MessagingTopology.declarables(messaging.quorumQueues(), messaging.deliveryLimit());
	}

	/**
	 * Messages arrive as their records; result events a worker of the previous release
	 * sent (one record with nullable payloads) are still read.
	 */
	@Bean
	MessageConverter mediaflowMessageConverter() {
		return MessageTypes.converter(Map.of(LegacyFileProcessed.TYPE_ID, LegacyFileProcessed.class));
	}

	/**
	 * Results must not be lost: when recording keeps failing (the database is away) the
	 * event goes back to the queue instead of being discarded, which is Spring AMQP's
	 * default after retries. A message that cannot be read would only come back
	 * unreadable, so it is dropped.
	 */
	@Bean
	MessageRecoverer requeueWhenRecordingFails() {
		MessageRecoverer requeue = new ImmediateRequeueMessageRecoverer();
		MessageRecoverer drop = new RejectAndDontRequeueRecoverer();
		return (message, cause) -> (unreadable(cause) ? drop : requeue).recover(message, cause);
	}

	private static boolean unreadable(Throwable cause) {
		for (Throwable current = cause; current != null; current = current.getCause()) {
			if (current instanceof MessageConversionException) {
				return true;
			}
		}
		return false;
	}

}
