package io.mediaflow.media.idempotency;

import org.jspecify.annotations.Nullable;

/**
 * A key as a repeat finds it: the fingerprint of the request that claimed it, and its
 * response once that request answered.
 */
record KeyState(String fingerprint, @Nullable StoredResponse response) {
}
