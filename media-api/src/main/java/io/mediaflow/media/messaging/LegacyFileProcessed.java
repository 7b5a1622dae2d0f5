package io.mediaflow.media.messaging;

import java.util.List;
import java.util.UUID;

import io.mediaflow.common.messaging.AudioConverted;
import io.mediaflow.common.messaging.AudioOutput;
import io.mediaflow.common.messaging.FileFailed;
import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.common.messaging.ImagesStored;
import io.mediaflow.common.messaging.JpegOutput;
import io.mediaflow.common.messaging.JpegStored;
import org.jspecify.annotations.Nullable;

/**
 * A result event as workers before the typed outcomes sent it: one record whose nullable
 * parts say what happened. Read only, so that events queued across an upgrade are not
 * lost; it can go once no such worker runs.
 */
record LegacyFileProcessed(UUID taskId, UUID fileId, boolean succeeded, @Nullable List<String> outputs,
		@Nullable String error, @Nullable AudioOutput audio, @Nullable JpegOutput jpeg) {

	static final String TYPE_ID = "FileProcessed";

	FileProcessed outcome() {
		if (!this.succeeded) {
			return new FileFailed(this.taskId, this.fileId, (this.error != null) ? this.error : "Processing failed");
		}
		if (this.audio != null) {
			return new AudioConverted(this.taskId, this.fileId, this.audio);
		}
		if (this.jpeg != null) {
			return new JpegStored(this.taskId, this.fileId, this.jpeg);
		}
		return new ImagesStored(this.taskId, this.fileId, (this.outputs != null) ? this.outputs : List.of());
	}

}
