package io.mediaflow.media.task;

/**
 * Where a task is: PENDING until its first job is published, PROCESSING until every file
 * is finished, then DONE (all files succeeded), PARTIAL (some failed) or FAILED (all
 * failed); CANCELED when its owner canceled it before it finished; EXPIRED once the
 * retention sweep removed its objects (the row stays as a tombstone: 410, not 404).
 */
public enum TaskStatus {

	PENDING, PROCESSING, DONE, PARTIAL, FAILED, CANCELED, EXPIRED;

	public boolean finished() {
		return this == DONE || this == PARTIAL || this == FAILED || this == CANCELED || this == EXPIRED;
	}

}
