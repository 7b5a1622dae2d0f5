package io.mediaflow.media.idempotency;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code Idempotency-Key} on {@code POST /upload}, {@code /record(s)} and
 * {@code /image (/img)}.
 *
 * @param ttl how long a key replays its first response; swept after that
 * @param inProgressWait how long a repeat waits for the first request of its key to
 * answer before it answers 409
 * @param abandonedAfter a key still without a response after this long belongs to a
 * request that died (its instance stopped) and may be claimed again
 * @param sweepInterval how often expired keys are deleted
 */
@ConfigurationProperties("mediaflow.idempotency")
@Validated
public record IdempotencyProperties(@DefaultValue("24h") @NotNull Duration ttl,
		@DefaultValue("10s") @NotNull Duration inProgressWait, @DefaultValue("10m") @NotNull Duration abandonedAfter,
		@DefaultValue("10m") @NotNull Duration sweepInterval) {
}
