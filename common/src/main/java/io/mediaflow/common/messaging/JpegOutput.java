package io.mediaflow.common.messaging;

/**
 * The JPEG a worker stored for a single-image job.
 */
public record JpegOutput(String key, long sizeBytes, int width, int height) {
}
