package io.mediaflow.media.outbox;

import java.util.List;

/**
 * The outbox messages of one relay round that the broker confirmed; raised once per round
 * inside the relay's transaction, so listeners can update their rows in one statement.
 *
 * @param messages in the order they were written
 */
public record MessagesPublished(List<MessagePublished> messages) {
}
