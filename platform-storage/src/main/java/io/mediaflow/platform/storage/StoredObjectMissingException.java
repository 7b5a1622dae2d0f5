package io.mediaflow.platform.storage;

/**
 * S3 answered that the object does not exist (NoSuchKey): not an outage, so not worth
 * retrying.
 */
public class StoredObjectMissingException extends StorageException {

	public StoredObjectMissingException(String key, Throwable cause) {
		super("No object " + key + " in the bucket", cause);
	}

}
