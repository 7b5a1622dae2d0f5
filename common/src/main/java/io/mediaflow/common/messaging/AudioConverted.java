package io.mediaflow.common.messaging;

import java.util.UUID;

/**
 * An audio job's MP3 is stored.
 */
public record AudioConverted(UUID taskId, UUID fileId, AudioOutput audio) implements FileProcessed {
}
