package io.mediaflow.media.task;

import io.mediaflow.common.messaging.FileFailed;
import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.common.messaging.ImagesStored;
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
 * transaction; the features with state of their own per file (stored images, audio
 * records) follow {@link FileFinished}.
 */
@Service
public class ResultRecorder {

	private static final Logger logger = LoggerFactory.getLogger(ResultRecorder.class);

	private final TaskRepository tasks;

	private final ImageTaskRepository imageTasks;

	private final ApplicationEventPublisher events;

	ResultRecorder(TaskRepository tasks, ImageTaskRepository imageTasks, ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.imageTasks = imageTasks;
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
		if (result instanceof ImagesStored images) {
			this.imageTasks.insertIfAbsent(images.taskId(), images.outputs());
		}
		this.events.publishEvent(new FileFinished(result));
		if (this.tasks.countFinishedFile(result.taskId(), result.succeeded())) {
			this.events.publishEvent(new TaskEnded(result.taskId()));
		}
	}

}
