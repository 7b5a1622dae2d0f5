package io.mediaflow.worker.image;

/**
 * The bytes are not an image OpenCV can decode (truncated, corrupt, unsupported layout):
 * a final failure that no retry will fix. The message is meant for the user.
 */
public class UndecodableImageException extends RuntimeException {

	public UndecodableImageException(String message) {
		super(message);
	}

}
