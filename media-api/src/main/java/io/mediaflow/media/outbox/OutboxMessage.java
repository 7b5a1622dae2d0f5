package io.mediaflow.media.outbox;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

record OutboxMessage(UUID id, String exchange, String routingKey, String messageType, String payload,
		@Nullable String requestId) {
}
