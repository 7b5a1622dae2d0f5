package io.mediaflow.media.upload;

import java.util.UUID;

/**
 * Where a {@link UploadPurpose.StoreJpeg} upload notes the JPEG its image becomes, in the
 * upload's transaction; the feature that serves the JPEG implements it, so that uploads
 * do not depend on it.
 */
public interface JpegTargets {

	void insert(UUID imageId, UUID userId, UUID taskId, UUID taskFileId, String s3Key);

}
