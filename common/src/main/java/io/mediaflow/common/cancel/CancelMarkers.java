package io.mediaflow.common.cancel;

import java.util.UUID;

/**
 * A canceled task leaves an empty object at {@link #key} in the bucket before its
 * cancellation is answered; a worker looks for it before every job and skips the jobs of
 * a task that has one. S3 is the one store media-api and the workers share, and its reads
 * after writes are consistent, so a job taken after the answer is never run.
 */
public final class CancelMarkers {

	private CancelMarkers() {
	}

	public static String key(UUID taskId) {
		return "canceled/" + taskId;
	}

}
