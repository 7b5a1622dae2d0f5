package io.mediaflow.common.messaging;

import java.util.UUID;

/**
 * What every job message carries, whatever its kind: enough to find its file (for dead
 * letters and publish confirmations). Decoding any job as this ignores its other fields.
 */
public record JobReference(UUID taskId, UUID fileId) {
}
