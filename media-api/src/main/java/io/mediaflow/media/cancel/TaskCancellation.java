package io.mediaflow.media.cancel;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import io.mediaflow.common.cancel.CancelMarkers;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.platform.storage.StorageException;
import io.mediaflow.media.task.ResultDiscarded;
import io.mediaflow.media.task.TaskEnded;
import io.mediaflow.media.task.TaskObjectKeys;
import io.mediaflow.media.task.TaskProblems;
import io.mediaflow.media.task.TaskRepository;
import io.mediaflow.media.task.TaskRow;
import io.mediaflow.media.task.TaskStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cancels a task so that no work is done for it after the answer: the cancel marker is in
 * the bucket before the task is CANCELED, the task's stored objects are removed before
 * the answer (a worker that finds a job's original missing looks for the marker and skips
 * the job), and the outputs of a job that was already running are removed when its result
 * comes back and is discarded.
 */
@Service
class TaskCancellation {

	private static final Logger logger = LoggerFactory.getLogger(TaskCancellation.class);

	private final TaskRepository tasks;

	private final CanceledTaskRepository canceledTasks;

	private final ObjectStore store;

	private final TaskObjectKeys objectKeys;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	TaskCancellation(TaskRepository tasks, CanceledTaskRepository canceledTasks, ObjectStore store,
			TaskObjectKeys objectKeys, TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.objectKeys = objectKeys;
		this.tasks = tasks;
		this.canceledTasks = canceledTasks;
		this.store = store;
		this.transaction = transaction;
		this.events = events;
	}

	void cancel(UUID taskId, UUID userId) {
		TaskRow task = this.tasks.findOwned(taskId, userId).orElseThrow(() -> CancelProblems.notFound(taskId));
		if (task.status() == TaskStatus.EXPIRED) {
			throw TaskProblems.expired(taskId);
		}
		if (task.status().finished()) {
			throw CancelProblems.alreadyFinished(taskId, task.status());
		}
		this.store.put(CancelMarkers.key(taskId), new ByteArrayInputStream(new byte[0]), 0, "text/plain");
		boolean canceled = Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.canceledTasks.cancel(taskId)) {
				return false;
			}
			this.events.publishEvent(new CancellationRecorded(taskId));
			this.events.publishEvent(new TaskEnded(taskId));
			return true;
		}));
		if (!canceled) {
			throw CancelProblems.alreadyFinished(taskId,
					this.tasks.findOwned(taskId, userId).map(TaskRow::status).orElse(task.status()));
		}
		logger.info("Task {} canceled by its owner", taskId);
		removeStoredObjects(taskId);
	}

	/**
	 * A job that was running when its task was canceled has stored its outputs by the
	 * time its result comes back.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ResultDiscarded discarded) {
		if (this.canceledTasks.isCanceled(discarded.taskId())) {
			removeStoredObjects(discarded.taskId());
		}
	}

	private void removeStoredObjects(UUID taskId) {
		try {
			this.store.delete(this.objectKeys.of(taskId));
		}
		catch (StorageException ex) {
			logger.warn("Could not remove the objects of canceled task {}: {}", taskId, ex.getMessage());
		}
	}

}
