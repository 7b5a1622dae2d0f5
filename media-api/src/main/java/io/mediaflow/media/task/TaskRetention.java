package io.mediaflow.media.task;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How long a new task's originals and results are kept (the retention feature), so that
 * uploads do not depend on it.
 */
public interface TaskRetention {

	/** The period from upload to removal; null keeps them. */
	@Nullable Duration period();

}
