package io.mediaflow.media.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox relay.
 *
 * @param pollInterval how often unpublished messages are looked for (uploads also wake
 * the relay at once)
 * @param batchSize messages published per transaction
 * @param confirmTimeout how long to wait for the broker's publisher confirm
 */
@ConfigurationProperties("mediaflow.outbox")
@Validated
public record OutboxProperties(@DefaultValue("1s") @NotNull Duration pollInterval,
		@DefaultValue("100") @Min(1) int batchSize, @DefaultValue("10s") @NotNull Duration confirmTimeout) {
}
