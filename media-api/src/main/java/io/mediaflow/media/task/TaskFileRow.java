package io.mediaflow.media.task;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record TaskFileRow(UUID id, int position, MediaKind kind, String format, String originalName, String safeName,
		String status, @Nullable String error) {
}
