package io.mediaflow.media.messaging;

import io.mediaflow.common.messaging.MessagingProperties;
import io.mediaflow.common.messaging.MessagingTopology;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.retry.ImmediateRequeueMessageRecoverer;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
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
	 * Results must not be lost: when recording keeps failing (the database is away) the
	 * event goes back to the queue instead of being discarded, which is Spring AMQP's
	 * default after retries.
	 */
	@Bean
	MessageRecoverer requeueWhenRecordingFails() {
		return new ImmediateRequeueMessageRecoverer();
	}

}
