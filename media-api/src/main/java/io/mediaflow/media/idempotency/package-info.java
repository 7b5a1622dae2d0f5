/**
 * {@code Idempotency-Key} on the creating POSTs: a repeat replays the first response.
 */
@NullMarked
package io.mediaflow.media.idempotency;

import org.jspecify.annotations.NullMarked;
