package io.mediaflow.media.outbox;

/**
 * An outbox message was confirmed by the broker; raised inside the relay's transaction.
 *
 * @param messageType simple name of the message record
 * @param payload its JSON
 */
public record MessagePublished(String messageType, String payload) {
}
