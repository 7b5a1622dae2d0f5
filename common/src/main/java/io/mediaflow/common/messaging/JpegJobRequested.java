package io.mediaflow.common.messaging;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * media-api asks a worker to store one image as a JPEG (seeds 000/001): fitted inside an
 * optional box, never enlarged, alpha flattened on white, at the given quality.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} when sent
 * @param imageId the stored image; the JPEG goes to {@code images/<imageId>.jpg}
 * @param format the upload's format
 * @param maxWidth widest the JPEG may be, or null
 * @param maxHeight highest the JPEG may be, or null
 * @param quality JPEG quality, 1-100
 */
public record JpegJobRequested(int schemaVersion, UUID taskId, UUID fileId, UUID imageId, String sourceKey,
		ImageFormat format, @Nullable Integer maxWidth, @Nullable Integer maxHeight,
		int quality) implements JobRequested {

	public static final int SCHEMA_VERSION = 1;

	public JpegJobRequested(UUID taskId, UUID fileId, UUID imageId, String sourceKey, ImageFormat format,
			@Nullable Integer maxWidth, @Nullable Integer maxHeight, int quality) {
		this(SCHEMA_VERSION, taskId, fileId, imageId, sourceKey, format, maxWidth, maxHeight, quality);
	}

}
