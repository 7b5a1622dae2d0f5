package io.mediaflow.media.task;

/**
 * Where a task is: PENDING until its first job is published, PROCESSING until every file
 * is finished, then DONE (all files succeeded), PARTIAL (some failed) or FAILED (all
 * failed).
 */
public enum TaskStatus {

	PENDING, PROCESSING, DONE, PARTIAL, FAILED;

	public boolean finished() {
		return this == DONE || this == PARTIAL || this == FAILED;
	}

}
