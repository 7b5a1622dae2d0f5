package io.mediaflow.media.task;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The completion callback of a task that asked for one ({@code notify_url}), as the
 * status shows it.
 *
 * @param state WAITING (the task runs), PENDING or RETRYING (being sent), DELIVERED or
 * FAILED (gave up)
 * @param attempts requests made so far
 * @param lastStatusCode the receiver's last HTTP status, if it answered
 * @param lastError why the last attempt failed, if it did
 */
public record NotifyStatus(String url, String state, int attempts, @Nullable Integer lastStatusCode,
		@Nullable String lastError, @Nullable Instant nextAttemptAt, @Nullable Instant deliveredAt) {
}
