package io.mediaflow.auth.token;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The new user's id and its access token, shown this once. {@code id} and {@code token}
 * repeat them under the names seed 002 ({@code id}, {@code access_token}) and seed 000
 * ({@code user_id}, {@code token}) read.
 */
record NameUserCreated(UUID userId, String name, String accessToken) {

	@JsonProperty("id")
	UUID id() {
		return this.userId;
	}

	@JsonProperty("token")
	String token() {
		return this.accessToken;
	}

	@Override
	public String toString() {
		return "NameUserCreated[userId=" + this.userId + ", accessToken=<hidden>]";
	}

}
