package io.mediaflow.media.record;

import io.mediaflow.common.messaging.AudioConverted;
import io.mediaflow.common.messaging.FileFailed;
import io.mediaflow.media.cancel.CancellationRecorded;
import io.mediaflow.media.task.FileFinished;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks an audio record converted, or failed, when its file finishes; failed when its
 * task is canceled before.
 */
@Component
class AudioRecordResults {

	private final AudioRecordRepository audioRecords;

	AudioRecordResults(AudioRecordRepository audioRecords) {
		this.audioRecords = audioRecords;
	}

	@EventListener
	void on(FileFinished finished) {
		switch (finished.result()) {
			case AudioConverted audio -> this.audioRecords.markConverted(audio.fileId(), audio.audio());
			case FileFailed failed -> this.audioRecords.markFailed(failed.fileId());
			default -> {
			}
		}
	}

	@EventListener
	void on(CancellationRecorded canceled) {
		this.audioRecords.markFailedOfTask(canceled.taskId());
	}

}
