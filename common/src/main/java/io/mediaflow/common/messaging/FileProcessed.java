package io.mediaflow.common.messaging;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A worker finished one file of a task: either its outputs are all in S3, or it failed
 * for good.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} when sent
 * @param outputs the names of the stored outputs ({@code img_link}s), in a stable order;
 * empty on failure
 * @param error why the file failed, in words fit for the user; null on success
 * @param audio the MP3 of a successful audio job; null otherwise
 * @param jpeg the JPEG of a successful single-image job; null otherwise
 */
public record FileProcessed(int schemaVersion, UUID taskId, UUID fileId, boolean succeeded, List<String> outputs,
		@Nullable String error, @Nullable AudioOutput audio, @Nullable JpegOutput jpeg) {

	public static final int SCHEMA_VERSION = 1;

	public static FileProcessed succeeded(UUID taskId, UUID fileId, List<String> outputs) {
		return new FileProcessed(SCHEMA_VERSION, taskId, fileId, true, List.copyOf(outputs), null, null, null);
	}

	public static FileProcessed converted(UUID taskId, UUID fileId, AudioOutput audio) {
		return new FileProcessed(SCHEMA_VERSION, taskId, fileId, true, List.of(), null, audio, null);
	}

	public static FileProcessed stored(UUID taskId, UUID fileId, JpegOutput jpeg) {
		return new FileProcessed(SCHEMA_VERSION, taskId, fileId, true, List.of(), null, null, jpeg);
	}

	public static FileProcessed failed(UUID taskId, UUID fileId, String error) {
		return new FileProcessed(SCHEMA_VERSION, taskId, fileId, false, List.of(), error, null, null);
	}

}
