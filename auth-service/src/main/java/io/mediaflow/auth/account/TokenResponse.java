package io.mediaflow.auth.account;

import java.util.UUID;

/**
 * What registration and login answer: the user's id and name and a bearer JWT valid for
 * {@code expiresIn} seconds.
 */
record TokenResponse(UUID userId, String name, String accessToken, String tokenType, long expiresIn) {

	@Override
	public String toString() {
		return "TokenResponse[userId=" + this.userId + ", accessToken=<hidden>]";
	}

}
