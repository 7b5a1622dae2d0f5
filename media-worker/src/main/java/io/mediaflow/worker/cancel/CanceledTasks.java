package io.mediaflow.worker.cancel;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.mediaflow.common.cancel.CancelMarkers;
import io.mediaflow.common.storage.StorageException;
import io.mediaflow.common.storage.StorageProperties;
import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;

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

	private final MinioClient minio;

	private final String bucket;

	private final Set<UUID> canceled = ConcurrentHashMap.newKeySet();

	CanceledTasks(MinioClient minio, StorageProperties storage) {
		this.minio = minio;
		this.bucket = storage.bucket();
	}

	/**
	 * @throws StorageException when S3 cannot tell (a transient fault: the job is
	 * retried)
	 */
	public boolean contains(UUID taskId) {
		if (this.canceled.contains(taskId)) {
			return true;
		}
		try {
			this.minio
				.statObject(StatObjectArgs.builder().bucket(this.bucket).object(CancelMarkers.key(taskId)).build());
		}
		catch (ErrorResponseException ex) {
			if ("NoSuchKey".equals(ex.errorResponse().code()) || ex.response().code() == 404) {
				return false;
			}
			throw new StorageException("Could not look for the cancel marker of task " + taskId, ex);
		}
		catch (Exception ex) {
			throw new StorageException("Could not look for the cancel marker of task " + taskId, ex);
		}
		if (this.canceled.size() >= REMEMBERED) {
			this.canceled.clear();
		}
		this.canceled.add(taskId);
		return true;
	}

}
