package io.mediaflow.media.task;

import java.time.Instant;

/**
 * One entry of a task's zip: its name and the object it is read from.
 */
record ZipItem(String entryName, String key, Instant lastModified) {
}
