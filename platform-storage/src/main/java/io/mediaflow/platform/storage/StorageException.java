package io.mediaflow.platform.storage;

/**
 * The S3 store could not be reached or refused a request: a transient fault, worth
 * retrying later.
 */
public class StorageException extends RuntimeException {

	public StorageException(String message, Throwable cause) {
		super(message, cause);
	}

}
