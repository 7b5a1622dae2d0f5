package io.mediaflow.media.webhook;

/**
 * {@code GET|POST /users/me/webhook-secret}.
 *
 * @param secret the key of the HMAC-SHA256 in {@code X-Mediaflow-Signature}
 */
record WebhookSecret(String secret) {
}
