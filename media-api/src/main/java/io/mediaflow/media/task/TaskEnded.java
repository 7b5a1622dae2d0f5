package io.mediaflow.media.task;

import java.util.UUID;

/**
 * A task reached DONE, PARTIAL, FAILED or CANCELED; raised inside the transaction that
 * finished it.
 */
public record TaskEnded(UUID taskId) {
}
