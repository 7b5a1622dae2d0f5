package io.mediaflow.worker.cancel;

import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.mediaflow.common.cancel.CancelMarkers;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.platform.storage.StorageException;

import org.springframework.stereotype.Component;

/**
 * Whether a task was canceled, asked when one of its jobs finds its original missing:
 * media-api puts the task's {@link CancelMarkers cancel marker} in the bucket before it
 * answers the cancellation (and then removes the task's objects), so one HEAD request
 * tells. A task once seen canceled stays canceled, so those answers are remembered (a few
 * thousand at most, the least used forgotten first) and its other jobs are skipped
 * without any request.
 */
@Component
public class CanceledTasks {

	private static final int REMEMBERED = 4096;

	private final ObjectStore store;

	private final Cache<UUID, Boolean> canceled = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

	CanceledTasks(ObjectStore store) {
		this.store = store;
	}

	/** Whether the task was seen canceled before; asks nobody. */
	public boolean remembered(UUID taskId) {
		return this.canceled.getIfPresent(taskId) != null;
	}

	/**
	 * @throws StorageException when S3 cannot tell (a transient fault: the job is
	 * retried)
	 */
	public boolean contains(UUID taskId) {
		if (remembered(taskId)) {
			return true;
		}
		if (!this.store.exists(CancelMarkers.key(taskId))) {
			return false;
		}
		this.canceled.put(taskId, Boolean.TRUE);
		return true;
	}

}
