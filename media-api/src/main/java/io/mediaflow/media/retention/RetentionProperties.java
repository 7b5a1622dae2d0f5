package io.mediaflow.media.retention;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long uploads and their results are kept.
 *
 * @param enabled whether new tasks get an {@code expires_at} and expired tasks are swept
 * (tasks created while it was off never expire)
 * @param period how long after its upload a task's originals and results are removed
 * @param sweepInterval how often expired tasks are looked for
 * @param batchSize tasks removed per transaction; instances sweep disjoint batches
 */
@ConfigurationProperties("mediaflow.retention")
@Validated
public record RetentionProperties(@DefaultValue("true") boolean enabled, @DefaultValue("7d") @NotNull Duration period,
		@DefaultValue("1m") @NotNull Duration sweepInterval, @DefaultValue("100") @Min(1) int batchSize) {
}
