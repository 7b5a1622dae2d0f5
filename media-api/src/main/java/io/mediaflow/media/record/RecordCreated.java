package io.mediaflow.media.record;

import java.util.UUID;

/**
 * {@code POST /record}: where the MP3 will be.
 */
record RecordCreated(String downloadUrl, UUID recordId, UUID taskId) {
}
