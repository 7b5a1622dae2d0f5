package io.mediaflow.media.upload;

import java.util.UUID;

import io.mediaflow.media.task.TaskStatus;

/**
 * {@code POST /upload} answers 202 with where to poll and where the zip will be.
 */
record UploadAccepted(UUID taskId, TaskStatus status, int files, String statusUrl, String downloadUrl) {
}
