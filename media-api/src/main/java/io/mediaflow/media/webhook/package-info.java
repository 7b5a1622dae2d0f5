/**
 * Completion webhooks: the {@code notify_url} of an upload, checked against SSRF, the
 * per-user signing secret, and the signed, retried delivery of the final status.
 */
@NullMarked
package io.mediaflow.media.webhook;

import org.jspecify.annotations.NullMarked;
