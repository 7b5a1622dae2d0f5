package io.mediaflow.common.security;

import java.time.Instant;

/**
 * A signed JWT and when it stops being accepted.
 */
public record IssuedToken(String value, Instant expiresAt) {

	@Override
	public String toString() {
		return "IssuedToken[value=<hidden>, expiresAt=" + expiresAt + "]";
	}

}
