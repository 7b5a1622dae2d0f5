package io.mediaflow.media.webhook;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each user's webhook signing secret: made on first use, replaced on request. It is kept
 * as it is (HMAC needs the key itself), in media-api's schema, since media-api signs.
 */
@Repository
class WebhookSecrets {

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	WebhookSecrets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The user's secret, made now if the user has none yet. */
	String of(UUID userId) {
		this.jdbc.sql("INSERT INTO webhook_secrets (user_id, secret) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING")
			.params(userId, newSecret())
			.update();
		return this.jdbc.sql("SELECT secret FROM webhook_secrets WHERE user_id = ?")
			.param(userId)
			.query(String.class)
			.single();
	}

	/** A new secret for the user; callbacks sent from now on are signed with it. */
	String replace(UUID userId) {
		String secret = newSecret();
		this.jdbc.sql("""
				INSERT INTO webhook_secrets (user_id, secret) VALUES (?, ?)
				ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, created_at = now()
				""").params(userId, secret).update();
		return secret;
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return "whsec_" + HexFormat.of().formatHex(bytes);
	}

}
