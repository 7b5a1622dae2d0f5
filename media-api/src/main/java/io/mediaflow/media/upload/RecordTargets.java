package io.mediaflow.media.upload;

import java.util.UUID;

/**
 * Where an upload notes the MP3 each WAV becomes, in the upload's transaction; the
 * feature that serves the MP3 implements it, so that uploads do not depend on it.
 */
public interface RecordTargets {

	void insert(UUID recordId, UUID userId, UUID taskId, UUID taskFileId, String s3Key);

}
