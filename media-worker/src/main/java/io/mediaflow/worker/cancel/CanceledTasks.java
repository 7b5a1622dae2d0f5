package io.mediaflow.worker.cancel;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.mediaflow.common.cancel.CancelMarkers;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.platform.storage.StorageException;

import org.springframework.stereotype.Component;

/**
 * Whether a task was canceled, asked before each of its jobs: media-api puts the task's
 * {@link CancelMarkers cancel marker} in the bucket before it answers the cancellation,
 * so one HEAD request tells. A task once seen canceled stays canceled, so those answers
 * are remembered (a few thousand at most).
 */
@Component
public class CanceledTasks {

	private static final int REMEMBERED = 4096;

	private final ObjectStore store;

	private final Set<UUID> canceled = ConcurrentHashMap.newKeySet();

	CanceledTasks(ObjectStore store) {
		this.store = store;
	}

	/**
	 * @throws StorageException when S3 cannot tell (a transient fault: the job is
	 * retried)
	 */
	public boolean contains(UUID taskId) {
		if (this.canceled.contains(taskId)) {
			return true;
		}
		if (!this.store.exists(CancelMarkers.key(taskId))) {
			return false;
		}
		if (this.canceled.size() >= REMEMBERED) {
			this.canceled.clear();
		}
		this.canceled.add(taskId);
		return true;
	}

}
