package io.mediaflow.common.messaging;

import java.util.UUID;

/**
 * media-api asks a worker to convert one uploaded WAV to MP3.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} when sent
 * @param taskId the task the file belongs to
 * @param fileId the file within the task
 * @param recordId the audio record; the MP3 goes to {@code audio/<recordId>.mp3}
 * @param sourceKey S3 key of the WAV
 */
public record AudioJobRequested(int schemaVersion, UUID taskId, UUID fileId, UUID recordId,
		String sourceKey) implements JobRequested {

	public static final int SCHEMA_VERSION = 1;

	public AudioJobRequested(UUID taskId, UUID fileId, UUID recordId, String sourceKey) {
		this(SCHEMA_VERSION, taskId, fileId, recordId, sourceKey);
	}

}
