package io.mediaflow.common.messaging;

import java.util.UUID;

/**
 * A worker took a job off its queue and is about to process it; sent on every delivery,
 * before the work. Until media-api hears this, the job is waiting in its queue, and the
 * watchdog's processing timeout does not run.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} when sent
 */
public record JobStarted(int schemaVersion, UUID taskId, UUID fileId) {

	public static final int SCHEMA_VERSION = 1;

	public JobStarted(UUID taskId, UUID fileId) {
		this(SCHEMA_VERSION, taskId, fileId);
	}

}
