package io.mediaflow.media.task;

import java.util.UUID;

/**
 * A file of a task about to be created, already stored in S3 under {@code s3Key}.
 *
 * @param format {@code JPEG}, {@code PNG} or {@code WAV}
 */
public record NewTaskFile(UUID id, int position, MediaKind kind, String format, String contentType, String originalName,
		String safeName, long sizeBytes, String s3Key) {
}
