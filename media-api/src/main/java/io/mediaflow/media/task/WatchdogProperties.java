package io.mediaflow.media.task;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The watchdog over files that never come back from a worker.
 *
 * @param processingTimeout how long a started job may go without a result before it is
 * sent again; a job waiting in its queue has not started
 * @param maxAttempts jobs sent for one file (the first included) before it is failed
 * instead
 * @param checkInterval how often stuck files are looked for; keep it below the timeout: a
 * job that never started counts as lost only once its queue was seen empty at two checks,
 * so that a job taken just before the first has had a check interval to announce its
 * start
 */
@ConfigurationProperties("mediaflow.watchdog")
@Validated
public record WatchdogProperties(@DefaultValue("10m") @NotNull Duration processingTimeout,
		@DefaultValue("3") @Min(1) int maxAttempts, @DefaultValue("30s") @NotNull Duration checkInterval) {
}
