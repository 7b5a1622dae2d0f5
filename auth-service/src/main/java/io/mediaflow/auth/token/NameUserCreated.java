package io.mediaflow.auth.token;

import java.util.UUID;

/**
 * The new user's id and its access token, shown this once.
 */
record NameUserCreated(UUID userId, String name, String accessToken) {

	@Override
	public String toString() {
		return "NameUserCreated[userId=" + this.userId + ", accessToken=<hidden>]";
	}

}
