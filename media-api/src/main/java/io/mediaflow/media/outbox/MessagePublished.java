package io.mediaflow.media.outbox;

/**
 * An outbox message the broker confirmed (see {@link MessagesPublished}).
 *
 * @param messageType simple name of the message record
 * @param payload its JSON
 */
public record MessagePublished(String messageType, String payload) {
}
