package io.mediaflow.media.outbox;

import java.util.List;
import java.util.UUID;

import io.mediaflow.common.messaging.MessageCodec;
import io.mediaflow.common.messaging.MessageTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages waiting to be published. {@link #append} joins the caller's transaction, so a
 * message exists exactly when the state change that caused it was committed.
 */
@Repository
public class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param fileId the task file a job is about, so that the watchdog can send it again
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID append(String exchange, String routingKey, Object message, @Nullable String requestId,
			@Nullable UUID fileId) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO outbox (id, exchange, routing_key, message_type, payload, request_id, file_id)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, exchange, routingKey, MessageTypes.typeId(message), MessageCodec.encode(message), requestId,
					fileId)
			.update();
		return id;
	}

	/**
	 * Queues the first job written for a file once more; false when the file has none.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean appendAgain(UUID fileId) {
		return this.jdbc.sql("""
				INSERT INTO outbox (id, exchange, routing_key, message_type, payload, request_id, file_id)
				SELECT gen_random_uuid(), exchange, routing_key, message_type, payload, request_id, file_id
				FROM outbox WHERE file_id = ? ORDER BY created_at LIMIT 1
				""").param(fileId).update() == 1;
	}

	/**
	 * The oldest unpublished messages, locked against other relays until the transaction
	 * ends.
	 */
	List<OutboxMessage> lockPending(int limit) {
		return this.jdbc.sql("""
				SELECT id, exchange, routing_key, message_type, payload, request_id FROM outbox
				WHERE published_at IS NULL ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED
				""")
			.param(limit)
			.query((rs, row) -> new OutboxMessage(rs.getObject("id", UUID.class), rs.getString("exchange"),
					rs.getString("routing_key"), rs.getString("message_type"), rs.getString("payload"),
					rs.getString("request_id")))
			.list();
	}

	/**
	 * One statement for a whole batch, so a busy relay makes one round trip, not one per
	 * message.
	 */
	void markPublished(List<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql("UPDATE outbox SET published_at = now(), attempts = attempts + 1 WHERE id = ANY(?)")
			.param(ids.toArray(UUID[]::new))
			.update();
	}

	void countFailedAttempt(UUID id) {
		this.jdbc.sql("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?").param(id).update();
	}

	long pendingCount() {
		return this.jdbc.sql("SELECT count(*) FROM outbox WHERE published_at IS NULL").query(Long.class).single();
	}

}
