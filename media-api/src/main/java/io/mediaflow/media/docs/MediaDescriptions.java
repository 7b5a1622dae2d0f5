package io.mediaflow.media.docs;

/**
 * Descriptions several media-api operations share.
 */
public final class MediaDescriptions {

	public static final String REQUEST_ID = "Correlates the logs of this request (1-64 of A-Z a-z 0-9 . _ : -); "
			+ "the gateway makes one when it is missing or malformed";

	public static final String STORAGE_UNAVAILABLE = "File storage (S3) or media-api is unreachable; nothing was "
			+ "kept, try again after Retry-After seconds";

	private MediaDescriptions() {
	}

}
