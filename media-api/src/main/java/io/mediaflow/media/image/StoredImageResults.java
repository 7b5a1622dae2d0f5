package io.mediaflow.media.image;

import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.common.messaging.JpegOutput;
import io.mediaflow.media.task.FileFinished;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks a single image stored, or failed, when its file finishes.
 */
@Component
class StoredImageResults {

	private final StoredImageRepository storedImages;

	StoredImageResults(StoredImageRepository storedImages) {
		this.storedImages = storedImages;
	}

	@EventListener
	void on(FileFinished finished) {
		FileProcessed result = finished.result();
		JpegOutput jpeg = result.jpeg();
		if (jpeg != null) {
			this.storedImages.markStored(result.fileId(), jpeg);
		}
		else if (!result.succeeded()) {
			this.storedImages.markFailed(result.fileId());
		}
	}

}
