package io.mediaflow.media.task;

import java.util.UUID;

import io.mediaflow.common.messaging.ImageFormat;
import org.jspecify.annotations.Nullable;

record TaskFileRow(UUID id, int position, String originalName, String safeName, ImageFormat format, String status,
		@Nullable String error) {
}
