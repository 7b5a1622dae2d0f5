package io.mediaflow.media.task;

/**
 * Where a task is: PENDING until its first job is published, PROCESSING until every file
 * is finished, then DONE (all files succeeded), PARTIAL (some failed) or FAILED (all
 * failed); CANCELED when its owner canceled it before it finished.
 */
public enum TaskStatus {

	PENDING, PROCESSING, DONE, PARTIAL, FAILED, CANCELED;

	public boolean finished() {
		return this == DONE || this == PARTIAL || this == FAILED || this == CANCELED;
	}

}
