package io.mediaflow.worker.job;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Back-off between deliveries of a job that failed for a transient reason: doubling from
 * {@code initialBackoff} up to {@code maxBackoff}. With the default delivery limit (5, so
 * six deliveries) the defaults span about 30 s of an S3 or broker outage before the job
 * is dead-lettered.
 */
@ConfigurationProperties("mediaflow.worker.retry")
@Validated
public record RetryProperties(@DefaultValue("1s") @NotNull Duration initialBackoff,
		@DefaultValue("16s") @NotNull Duration maxBackoff) {

	Duration backoff(long previousDeliveries) {
		long millis = this.initialBackoff.toMillis() << Math.min(previousDeliveries, 20);
		return Duration.ofMillis(Math.min(millis, this.maxBackoff.toMillis()));
	}

}
