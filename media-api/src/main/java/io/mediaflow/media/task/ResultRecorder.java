package io.mediaflow.media.task;

import io.mediaflow.common.messaging.FileProcessed;
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
 * belong to a canceled task), a task's last file as {@link TaskEnded}, any other as
 * {@link TaskProgressed}, all inside the transaction.
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
		if (!this.tasks.finishFile(result.taskId(), result.fileId(), result.succeeded(), result.error())) {
			logger.debug("File {} of task {} was already finished; ignoring a repeated result", result.fileId(),
					result.taskId());
			this.events.publishEvent(new ResultDiscarded(result.taskId(), result.fileId()));
			return;
		}
		if (result.audio() != null) {
			this.audioRecords.markConverted(result.fileId(), result.audio());
		}
		else if (result.jpeg() != null) {
			this.storedImages.markStored(result.fileId(), result.jpeg());
		}
		else if (result.succeeded()) {
			this.imageTasks.insertIfAbsent(result.taskId(), result.outputs());
		}
		else {
			this.audioRecords.markFailed(result.fileId());
			this.storedImages.markFailed(result.fileId());
		}
		if (this.tasks.countFinishedFile(result.taskId(), result.succeeded())) {
			this.events.publishEvent(new TaskEnded(result.taskId()));
		}
		else {
			this.events.publishEvent(new TaskProgressed(result.taskId()));
		}
	}

}
