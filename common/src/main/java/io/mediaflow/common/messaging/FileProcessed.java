package io.mediaflow.common.messaging;

import java.util.UUID;

/**
 * A worker finished one file of a task: its outputs are all in S3 (one record per kind of
 * job), or it failed for good. Each outcome travels with its own type id, so a receiver
 * gets the record it names and switches over the four.
 */
public sealed interface FileProcessed permits ImagesStored, AudioConverted, JpegStored, FileFailed {

	UUID taskId();

	UUID fileId();

	default boolean succeeded() {
		return !(this instanceof FileFailed);
	}

}
