package io.mediaflow.media.image;

/**
 * Where a single image is: PENDING until its worker reports, then DONE (the JPEG is
 * stored) or FAILED.
 */
public enum StoredImageStatus {

	PENDING, DONE, FAILED

}
