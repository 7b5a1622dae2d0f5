package io.mediaflow.media.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mediaflow.media.task.NotifyStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One completion callback per task that asked for one; the table is its outbox: a
 * callback is scheduled in the transaction that ends its task, so it is sent at least
 * once.
 */
@Repository
class WebhookDeliveries {

	private final JdbcClient jdbc;

	WebhookDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void register(UUID taskId, UUID userId, String url, String publicBaseUrl) {
		this.jdbc.sql("INSERT INTO webhook_deliveries (task_id, user_id, url, public_base_url) VALUES (?, ?, ?, ?)")
			.params(taskId, userId, url, publicBaseUrl)
			.update();
	}

	/** Moves the task's callback from WAITING to PENDING; empty when it has none. */
	Optional<Scheduled> schedule(UUID taskId) {
		return this.jdbc.sql("""
				UPDATE webhook_deliveries SET state = 'PENDING', next_attempt_at = now()
				WHERE task_id = ? AND state = 'WAITING'
				RETURNING user_id, public_base_url
				""")
			.param(taskId)
			.query((rs, row) -> new Scheduled(taskId, rs.getObject("user_id", UUID.class),
					rs.getString("public_base_url")))
			.optional();
	}

	void storePayload(UUID taskId, String payload) {
		this.jdbc.sql("UPDATE webhook_deliveries SET payload = ? WHERE task_id = ?").params(payload, taskId).update();
	}

	/**
	 * Takes up to {@code limit} due callbacks and moves their next attempt past
	 * {@code lease}, so that no other sender takes them meanwhile; one that is not
	 * settled by then (media-api stopped mid-request) is sent again.
	 */
	List<Due> claimDue(int limit, Duration lease) {
		return this.jdbc.sql("""
				UPDATE webhook_deliveries SET next_attempt_at = now() + make_interval(secs => :lease)
				WHERE task_id IN (SELECT task_id FROM webhook_deliveries
				                  WHERE state IN ('PENDING', 'RETRYING') AND next_attempt_at <= now()
				                  ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
				RETURNING task_id, user_id, url, payload, attempts
				""")
			.param("lease", lease.toMillis() / 1000.0)
			.param("limit", limit)
			.query((rs, row) -> new Due(rs.getObject("task_id", UUID.class), rs.getObject("user_id", UUID.class),
					rs.getString("url"), rs.getString("payload"), rs.getInt("attempts")))
			.list();
	}

	void delivered(UUID taskId, int statusCode) {
		this.jdbc.sql("""
				UPDATE webhook_deliveries SET state = 'DELIVERED', attempts = attempts + 1, last_attempt_at = now(),
				    last_status_code = ?, last_error = NULL, next_attempt_at = NULL, delivered_at = now()
				WHERE task_id = ?
				""").params(statusCode, taskId).update();
	}

	/**
	 * Counts a failed attempt: RETRYING after {@code retryIn}, or FAILED when
	 * {@code retryIn} is null.
	 */
	void attemptFailed(UUID taskId, @Nullable Integer statusCode, String error, @Nullable Duration retryIn) {
		this.jdbc.sql("""
				UPDATE webhook_deliveries SET state = :state, attempts = attempts + 1, last_attempt_at = now(),
				    last_status_code = :statusCode, last_error = :error,
				    next_attempt_at = CASE WHEN :state = 'RETRYING' THEN now() + make_interval(secs => :retryIn) END
				WHERE task_id = :taskId
				""")
			.param("state", (retryIn != null) ? "RETRYING" : "FAILED")
			.param("statusCode", statusCode, Types.INTEGER)
			.param("error", error)
			.param("retryIn", (retryIn != null) ? retryIn.toMillis() / 1000.0 : 0.0)
			.param("taskId", taskId)
			.update();
	}

	Optional<NotifyStatus> status(UUID taskId) {
		return this.jdbc.sql("""
				SELECT url, state, attempts, last_status_code, last_error, next_attempt_at, delivered_at
				FROM webhook_deliveries WHERE task_id = ?
				""").param(taskId).query((rs, row) -> status(rs)).optional();
	}

	private static NotifyStatus status(ResultSet rs) throws SQLException {
		int code = rs.getInt("last_status_code");
		Integer lastStatusCode = rs.wasNull() ? null : code;
		String state = rs.getString("state");
		Instant nextAttemptAt = ("RETRYING".equals(state) || "PENDING".equals(state))
				? instant(rs.getTimestamp("next_attempt_at")) : null;
		return new NotifyStatus(rs.getString("url"), state, rs.getInt("attempts"), lastStatusCode,
				rs.getString("last_error"), nextAttemptAt, instant(rs.getTimestamp("delivered_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	record Scheduled(UUID taskId, UUID userId, String publicBaseUrl) {
	}

	record Due(UUID taskId, UUID userId, String url, String payload, int attempts) {
	}

}
