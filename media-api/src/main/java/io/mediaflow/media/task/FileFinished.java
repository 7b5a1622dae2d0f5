package io.mediaflow.media.task;

import io.mediaflow.common.messaging.FileProcessed;

/**
 * A file's result was recorded for the first time, inside the transaction that recorded
 * it: the features that keep their own state per file (stored images, audio records)
 * update it from here, so that tasks do not depend on them.
 */
public record FileFinished(FileProcessed result) {
}
