package io.mediaflow.media.upload;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A task created from an upload, with the record id of each WAV in it (null for images).
 */
public record AcceptedUpload(UUID taskId, List<@Nullable UUID> recordIds) {
}
