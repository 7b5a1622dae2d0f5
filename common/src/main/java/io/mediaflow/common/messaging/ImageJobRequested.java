package io.mediaflow.common.messaging;

import java.util.UUID;

/**
 * media-api asks a worker to make the rotated, gray and scaled versions of one uploaded
 * image.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} when sent
 * @param taskId the upload task
 * @param fileId the file within the task
 * @param sourceKey S3 key of the original
 * @param baseName safe base name the outputs are named after
 * ({@code <baseName>_<suffix>.<extension>})
 * @param format {@code jpeg} or {@code png}
 */
public record ImageJobRequested(int schemaVersion, UUID taskId, UUID fileId, String sourceKey, String baseName,
		ImageFormat format) implements JobRequested {

	public static final int SCHEMA_VERSION = 1;

	public ImageJobRequested(UUID taskId, UUID fileId, String sourceKey, String baseName, ImageFormat format) {
		this(SCHEMA_VERSION, taskId, fileId, sourceKey, baseName, format);
	}

}
