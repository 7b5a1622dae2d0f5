package io.mediaflow.media.task;

import java.util.UUID;

/**
 * A worker's result that was not recorded: the file was finished already, or canceled
 * while the worker ran it.
 */
public record ResultDiscarded(UUID taskId, UUID fileId) {
}
