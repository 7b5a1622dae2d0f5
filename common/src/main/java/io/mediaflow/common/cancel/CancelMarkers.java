package io.mediaflow.common.cancel;

import java.util.UUID;

/**
 * A canceled task leaves an empty object at {@link #key} in the bucket before its
 * cancellation is answered (and removes the task's objects); a worker whose job finds its
 * original missing looks for it and skips the jobs of a task that has one. S3 is the one
 * store media-api and the workers share, and its reads after writes are consistent, so a
 * job taken after the answer is never run (unless S3 refused the removal, which media-api
 * logs: such a job runs and its result is discarded).
 */
public final class CancelMarkers {

	private CancelMarkers() {
	}

	public static String key(UUID taskId) {
		return "canceled/" + taskId;
	}

}
