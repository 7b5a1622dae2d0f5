package io.mediaflow.common.messaging;

import java.util.UUID;

/**
 * A file failed for good.
 *
 * @param error why, in words fit for the user
 */
public record FileFailed(UUID taskId, UUID fileId, String error) implements FileProcessed {
}
