package io.mediaflow.media.idempotency;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code media.idempotency_keys}. Every statement runs in a transaction of its own, so
 * that a claim is visible to a concurrent repeat before the request it guards runs.
 */
@Repository
class IdempotencyKeys {

	private final JdbcClient jdbc;

	private final IdempotencyProperties properties;

	IdempotencyKeys(JdbcClient jdbc, IdempotencyProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Claims the key for a request with this fingerprint: true when it was free, expired
	 * or abandoned by a request that never answered; false when another request holds it.
	 */
	boolean claim(UUID userId, String key, String fingerprint) {
		return this.jdbc.sql("""
				INSERT INTO idempotency_keys (user_id, idempotency_key, fingerprint) VALUES (:user, :key, :fingerprint)
				ON CONFLICT (user_id, idempotency_key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,
				    created_at = now(), response_status = NULL, response_content_type = NULL, response_body = NULL,
				    location = NULL, completed_at = NULL
				WHERE idempotency_keys.created_at < now() - make_interval(secs => :ttl)
				   OR (idempotency_keys.response_status IS NULL
				       AND idempotency_keys.created_at < now() - make_interval(secs => :abandoned))
				RETURNING 1
				""")
			.param("user", userId)
			.param("key", key)
			.param("fingerprint", fingerprint)
			.param("ttl", seconds(this.properties.ttl()))
			.param("abandoned", seconds(this.properties.abandonedAfter()))
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	Optional<KeyState> find(UUID userId, String key) {
		return this.jdbc.sql("""
				SELECT fingerprint, response_status, response_content_type, response_body, location
				FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ?
				""").params(userId, key).query((rs, row) -> {
			int status = rs.getInt("response_status");
			StoredResponse response = rs.wasNull() ? null : new StoredResponse(status,
					rs.getString("response_content_type"), rs.getBytes("response_body"), rs.getString("location"));
			return new KeyState(rs.getString("fingerprint"), response);
		}).optional();
	}

	void complete(UUID userId, String key, StoredResponse response) {
		this.jdbc.sql("""
				UPDATE idempotency_keys SET response_status = ?, response_content_type = ?, response_body = ?,
				    location = ?, completed_at = now()
				WHERE user_id = ? AND idempotency_key = ?
				""")
			.params(response.status(), response.contentType(), response.body(), response.location(), userId, key)
			.update();
	}

	/** Frees the key of a request that was refused or failed: a repeat runs afresh. */
	void release(UUID userId, String key) {
		this.jdbc.sql("DELETE FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ? AND completed_at IS NULL")
			.params(userId, key)
			.update();
	}

	int deleteExpired() {
		return this.jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => ?)")
			.param(seconds(this.properties.ttl()))
			.update();
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

}
