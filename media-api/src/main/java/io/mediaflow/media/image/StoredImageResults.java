package io.mediaflow.media.image;

import io.mediaflow.common.messaging.FileFailed;
import io.mediaflow.common.messaging.JpegStored;
import io.mediaflow.media.cancel.CancellationRecorded;
import io.mediaflow.media.task.FileFinished;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks a single image stored, or failed, when its file finishes; failed when its task is
 * canceled before.
 */
@Component
class StoredImageResults {

	private final StoredImageRepository storedImages;

	StoredImageResults(StoredImageRepository storedImages) {
		this.storedImages = storedImages;
	}

	@EventListener
	void on(FileFinished finished) {
		switch (finished.result()) {
			case JpegStored jpeg -> this.storedImages.markStored(jpeg.fileId(), jpeg.jpeg());
			case FileFailed failed -> this.storedImages.markFailed(failed.fileId());
			default -> {
			}
		}
	}

	@EventListener
	void on(CancellationRecorded canceled) {
		this.storedImages.markFailedOfTask(canceled.taskId());
	}

}
