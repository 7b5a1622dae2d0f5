package io.mediaflow.common.messaging;

import java.util.UUID;

/**
 * A single-image job's JPEG is stored.
 */
public record JpegStored(UUID taskId, UUID fileId, JpegOutput jpeg) implements FileProcessed {
}
