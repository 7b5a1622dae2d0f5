package io.mediaflow.media.record;

/**
 * Where a recording is: PENDING until its worker reports, then DONE (the MP3 is stored)
 * or FAILED.
 */
public enum AudioRecordStatus {

	PENDING, DONE, FAILED

}
