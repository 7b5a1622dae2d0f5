package io.mediaflow.media.idempotency;

import org.jspecify.annotations.Nullable;

/**
 * The first response to a key, as it is replayed.
 */
record StoredResponse(int status, @Nullable String contentType, byte[] body, @Nullable String location) {
}
