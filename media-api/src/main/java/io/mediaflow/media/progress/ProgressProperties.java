package io.mediaflow.media.progress;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The event streams of {@code GET /status/{task_id}/events}.
 *
 * @param heartbeatInterval how often an idle stream gets a comment line, so that proxies
 * do not close it
 * @param refreshInterval how often the status of every task with an open stream is read
 * again: it carries changes that another media-api instance recorded, and PENDING to
 * PROCESSING
 * @param streamTimeout how long one stream stays open before it closes without its end
 * (the client connects again); below the gateway's read timeout (5 min), which bounds a
 * whole response
 */
@ConfigurationProperties("mediaflow.progress")
@Validated
public record ProgressProperties(@DefaultValue("15s") @NotNull Duration heartbeatInterval,
		@DefaultValue("2s") @NotNull Duration refreshInterval, @DefaultValue("4m") @NotNull Duration streamTimeout) {
}
