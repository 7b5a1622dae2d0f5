package io.mediaflow.media.task;

import java.util.UUID;

import io.mediaflow.common.messaging.ImageFormat;

/**
 * A file of a task about to be created, already stored in S3 under {@code s3Key}.
 */
public record NewTaskFile(UUID id, int position, ImageFormat format, String originalName, String safeName,
		long sizeBytes, String s3Key) {
}
