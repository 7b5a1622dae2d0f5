package io.mediaflow.common.storage;

import java.util.UUID;

/**
 * Where objects live in the bucket. Keys are deterministic, so a redelivered job
 * overwrites rather than duplicates.
 */
public final class StorageKeys {

	private StorageKeys() {
	}

	public static String original(UUID taskId, UUID fileId, String safeName, String extension) {
		return "originals/" + taskId + "/" + fileId + "/" + safeName + "." + extension;
	}

	public static String result(UUID taskId, String imgLink) {
		return "results/" + taskId + "/" + imgLink;
	}

	public static String jpeg(UUID imageId) {
		return "images/" + imageId + ".jpg";
	}

	public static String audio(UUID recordId) {
		return "audio/" + recordId + ".mp3";
	}

}
