package io.mediaflow.media.task;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record TaskRow(UUID id, UUID userId, TaskStatus status, int totalFiles, int doneFiles, int failedFiles,
		Instant createdAt, @Nullable Instant finishedAt, @Nullable Instant expiresAt) {
}
