package io.mediaflow.media.upload;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A task created from an upload, with the output id of each file: the record id of a WAV,
 * the image id of a stored JPEG, null for augmented images.
 */
public record AcceptedUpload(UUID taskId, List<@Nullable UUID> outputIds) {
}
