package io.mediaflow.media.cancel;

import java.util.UUID;

/**
 * {@code DELETE /task/{task_id}}.
 */
record TaskCanceled(UUID taskId, String status, String statusUrl) {
}
