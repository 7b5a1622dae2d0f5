package io.mediaflow.media.record;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.media.system.PublicUrls;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Download links that work without credentials (seed 002 opens its link in a browser):
 * the seed's {@code /record?id=&user=} with {@code expires} (epoch seconds) and
 * {@code sig}, an HMAC-SHA256 of the three. The key is derived from the JWT secret, so no
 * new secret has to be configured, and a link's HMAC is never a JWT's.
 */
@Component
class RecordLinks {

	private static final String KEY_PURPOSE = "mediaflow record download links v1";

	private final SecretKeySpec key;

	private final RecordProperties properties;

	private final Clock clock;

	@Autowired
	RecordLinks(JwtProperties jwt, RecordProperties properties) {
		this(jwt.secret(), properties, Clock.systemUTC());
	}

	RecordLinks(String jwtSecret, RecordProperties properties, Clock clock) {
		byte[] derived = hmac(new SecretKeySpec(jwtSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"), KEY_PURPOSE);
		this.key = new SecretKeySpec(derived, "HmacSHA256");
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The public download URL of a record, valid for {@code mediaflow.records.link-ttl}.
	 */
	String signedUrl(UUID recordId, UUID userId) {
		long expires = this.clock.instant().plus(this.properties.linkTtl()).getEpochSecond();
		return PublicUrls.of("/record", "id", recordId, "user", userId, "expires", expires, "sig",
				signature(recordId, userId, expires));
	}

	/**
	 * Whether {@code expires} and {@code sig} were made here for this record and user,
	 * and have not expired.
	 */
	boolean permits(UUID recordId, UUID userId, @Nullable String expires, @Nullable String sig) {
		if (expires == null || sig == null || !expires.matches("[0-9]{1,12}")) {
			return false;
		}
		long expiresAt = Long.parseLong(expires);
		byte[] expected = signature(recordId, userId, expiresAt).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII))
				&& this.clock.instant().getEpochSecond() < expiresAt;
	}

	String signature(UUID recordId, UUID userId, long expires) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(hmac(this.key, recordId + "\n" + userId + "\n" + expires));
	}

	private static byte[] hmac(SecretKeySpec key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
