package io.mediaflow.media.record;

import io.mediaflow.common.messaging.AudioOutput;
import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.media.task.FileFinished;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks an audio record converted, or failed, when its file finishes.
 */
@Component
class AudioRecordResults {

	private final AudioRecordRepository audioRecords;

	AudioRecordResults(AudioRecordRepository audioRecords) {
		this.audioRecords = audioRecords;
	}

	@EventListener
	void on(FileFinished finished) {
		FileProcessed result = finished.result();
		AudioOutput audio = result.audio();
		if (audio != null) {
			this.audioRecords.markConverted(result.fileId(), audio);
		}
		else if (!result.succeeded()) {
			this.audioRecords.markFailed(result.fileId());
		}
	}

}
