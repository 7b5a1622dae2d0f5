package io.mediaflow.auth.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Access tokens are random UUIDs shown once; only their SHA-256 is stored. A UUID carries
 * 122 random bits, so a plain (unsalted) hash is enough: there is nothing to guess from
 * it.
 */
final class AccessTokens {

	private AccessTokens() {
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
