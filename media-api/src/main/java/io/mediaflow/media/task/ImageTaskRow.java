package io.mediaflow.media.task;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the spec's ImageTask table, as {@code GET /history/{user_id}} lists it.
 */
record ImageTaskRow(UUID id, UUID taskId, String imgLink, Instant createdAt) {
}
