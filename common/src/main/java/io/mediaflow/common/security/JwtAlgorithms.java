package io.mediaflow.common.security;

import java.nio.charset.StandardCharsets;

import com.auth0.jwt.algorithms.Algorithm;

final class JwtAlgorithms {

	static final int MIN_SECRET_BYTES = 32;

	private JwtAlgorithms() {
	}

	static Algorithm hmac(JwtProperties properties) {
		String secret = properties.secret();
		if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
			throw new IllegalArgumentException(
					"mediaflow.jwt.secret must be at least " + MIN_SECRET_BYTES + " bytes (set MEDIAFLOW_JWT_SECRET)");
		}
		return Algorithm.HMAC256(secret.getBytes(StandardCharsets.UTF_8));
	}

}
