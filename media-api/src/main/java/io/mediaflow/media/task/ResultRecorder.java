package io.mediaflow.media.task;

import io.mediaflow.common.messaging.AudioConverted;
import io.mediaflow.common.messaging.FileFailed;
import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.common.messaging.ImagesStored;
import io.mediaflow.common.messaging.JpegStored;
import io.mediaflow.media.image.StoredImageRepository;
import io.mediaflow.media.record.AudioRecordRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what workers report, idempotently: a file is finished once, its images are
 * inserted once per (task_id, img_link), and the task's counters move once per file. A
 * result that changes nothing is announced as {@link ResultDiscarded} (its outputs may
 * belong to a canceled task), a task's last file as {@link TaskEnded}, both inside the
 * transaction.
 */
@Service
public class ResultRecorder {

	private static final Logger logger = LoggerFactory.getLogger(ResultRecorder.class);

	private final TaskRepository tasks;

	private final ImageTaskRepository imageTasks;

	private final AudioRecordRepository audioRecords;

	private final StoredImageRepository storedImages;

	private final ApplicationEventPublisher events;

	ResultRecorder(TaskRepository tasks, ImageTaskRepository imageTasks, AudioRecordRepository audioRecords,
			StoredImageRepository storedImages, ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.imageTasks = imageTasks;
		this.audioRecords = audioRecords;
		this.storedImages = storedImages;
		this.events = events;
	}

	@Transactional
	public void record(FileProcessed result) {
		String error = (result instanceof FileFailed failed) ? failed.error() : null;
		if (!this.tasks.finishFile(result.taskId(), result.fileId(), result.succeeded(), error)) {
			logger.debug("File {} of task {} was already finished; ignoring a repeated result", result.fileId(),
					result.taskId());
			this.events.publishEvent(new ResultDiscarded(result.taskId(), result.fileId()));
			return;
		}
		switch (result) {
			case ImagesStored images -> this.imageTasks.insertIfAbsent(images.taskId(), images.outputs());
			case AudioConverted audio -> this.audioRecords.markConverted(audio.fileId(), audio.audio());
			case JpegStored jpeg -> this.storedImages.markStored(jpeg.fileId(), jpeg.jpeg());
			case FileFailed failed -> {
				this.audioRecords.markFailed(failed.fileId());
				this.storedImages.markFailed(failed.fileId());
			}
		}
		if (this.tasks.countFinishedFile(result.taskId(), result.succeeded())) {
			this.events.publishEvent(new TaskEnded(result.taskId()));
		}
	}

}
