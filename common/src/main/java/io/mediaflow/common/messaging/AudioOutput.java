package io.mediaflow.common.messaging;

/**
 * The MP3 a worker stored for an audio job.
 *
 * @param key its S3 key
 * @param sizeBytes its size
 * @param durationMillis its playing time
 */
public record AudioOutput(String key, long sizeBytes, long durationMillis) {
}
