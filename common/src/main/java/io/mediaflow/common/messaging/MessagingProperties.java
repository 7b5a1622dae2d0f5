package io.mediaflow.common.messaging;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the queues are declared; every service must use the same values.
 *
 * @param quorumQueues quorum queues (RabbitMQ 3.10+); false for classic queues
 * @param deliveryLimit deliveries of one job before the broker dead-letters it
 */
@ConfigurationProperties("mediaflow.messaging")
@Validated
public record MessagingProperties(@DefaultValue("true") boolean quorumQueues,
		@DefaultValue("5") @Min(1) int deliveryLimit) {
}
