package io.mediaflow.worker.job;

import io.mediaflow.common.messaging.MessageTypes;
import io.mediaflow.common.messaging.MessagingProperties;
import io.mediaflow.common.messaging.MessagingTopology;
import io.mediaflow.worker.audio.AudioProcessingProperties;
import io.mediaflow.worker.image.ImageProcessingProperties;
import io.mediaflow.worker.lifecycle.ShutdownProperties;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.boot.amqp.autoconfigure.SimpleRabbitListenerContainerFactoryConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ MessagingProperties.class, ImageProcessingProperties.class,
		AudioProcessingProperties.class, RetryProperties.class, ShutdownProperties.class })
class JobMessagingConfiguration {

	@Bean
	Declarables mediaflowTopology(MessagingProperties messaging) {
		return MessagingTopology.declarables(messaging.quorumQueues(), messaging.deliveryLimit());
	}

	/**
	 * Jobs arrive as their records and events leave as theirs; Boot gives this converter
	 * to the template and to the listener containers.
	 */
	@Bean
	MessageConverter mediaflowMessageConverter() {
		return MessageTypes.converter();
	}

	/**
	 * Jobs are CPU-bound: one unacknowledged job per consumer, as many consumers as
	 * configured (about one per core by default), acks by hand after the outcome is
	 * confirmed.
	 */
	@Bean
	SimpleRabbitListenerContainerFactory imageJobContainerFactory(
			SimpleRabbitListenerContainerFactoryConfigurer configurer, ConnectionFactory connectionFactory,
			ImageProcessingProperties images, ShutdownProperties shutdown) {
		return jobContainerFactory(configurer, connectionFactory, images.effectiveConsumers(), shutdown);
	}

	@Bean
	SimpleRabbitListenerContainerFactory audioJobContainerFactory(
			SimpleRabbitListenerContainerFactoryConfigurer configurer, ConnectionFactory connectionFactory,
			AudioProcessingProperties audio, ShutdownProperties shutdown) {
		return jobContainerFactory(configurer, connectionFactory, audio.effectiveConsumers(), shutdown);
	}

	private static SimpleRabbitListenerContainerFactory jobContainerFactory(
			SimpleRabbitListenerContainerFactoryConfigurer configurer, ConnectionFactory connectionFactory,
			int consumers, ShutdownProperties shutdown) {
		SimpleRabbitListenerContainerFactory factory = new SimpleRabbitListenerContainerFactory();
		configurer.configure(factory, connectionFactory);
		factory.setAcknowledgeMode(AcknowledgeMode.MANUAL);
		factory.setPrefetchCount(1);
		factory.setConcurrentConsumers(consumers);
		factory.setMaxConcurrentConsumers(consumers);
		factory.setDefaultRequeueRejected(false);
		// on stop: no new deliveries, jobs in hand get the timeout, the rest go back to
		// the queue when the channel closes
		factory.setContainerCustomizer((container) -> container.setShutdownTimeout(shutdown.timeout().toMillis()));
		return factory;
	}

}
