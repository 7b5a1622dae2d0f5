package io.mediaflow.media.task;

import java.util.UUID;

/**
 * A file of a task finished and the task goes on; raised inside the transaction that
 * recorded it.
 */
public record TaskProgressed(UUID taskId) {
}
