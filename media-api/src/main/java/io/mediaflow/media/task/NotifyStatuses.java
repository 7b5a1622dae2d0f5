package io.mediaflow.media.task;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where the status reads a task's completion callback from (the webhook feature).
 */
public interface NotifyStatuses {

	@Nullable NotifyStatus of(UUID taskId);

}
