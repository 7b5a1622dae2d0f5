package io.mediaflow.media.webhook;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Completion webhooks ({@code notify_url}).
 *
 * @param maxAttempts requests per callback before it is FAILED
 * @param initialBackoff wait after the first failed attempt; doubled after each
 * @param maxBackoff longest wait between attempts
 * @param timeout connect and answer time allowed to a receiver; longer counts as a failed
 * attempt
 * @param pollInterval how often due callbacks are looked for (a task's end also wakes the
 * sender at once)
 * @param allowLoopback whether a notify_url may resolve to a loopback address (the
 * standalone run allows it, for local trials)
 * @param allowPrivateNetworks whether a notify_url may resolve to a private network
 * address (10/8, 172.16/12, 192.168/16, fc00::/7, 100.64/10); link-local (cloud
 * metadata), multicast and wildcard addresses are never allowed
 */
@ConfigurationProperties("mediaflow.webhooks")
@Validated
public record WebhookProperties(@DefaultValue("8") @Min(1) int maxAttempts,
		@DefaultValue("5s") @NotNull Duration initialBackoff, @DefaultValue("30m") @NotNull Duration maxBackoff,
		@DefaultValue("10s") @NotNull Duration timeout, @DefaultValue("1s") @NotNull Duration pollInterval,
		@DefaultValue("false") boolean allowLoopback, @DefaultValue("false") boolean allowPrivateNetworks) {

	Duration backoff(int failedAttempts) {
		long millis = this.initialBackoff.toMillis() << Math.min(Math.max(failedAttempts - 1, 0), 30);
		return Duration.ofMillis(Math.min(millis, this.maxBackoff.toMillis()));
	}

}
