package io.mediaflow.media.task;

import java.util.UUID;

/**
 * A task and its files were written; raised inside the transaction that wrote them, on
 * the thread of the upload request.
 */
public record TaskCreated(UUID taskId, UUID userId) {
}
