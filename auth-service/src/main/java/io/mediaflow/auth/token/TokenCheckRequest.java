package io.mediaflow.auth.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The gateway asks whether an (id, access token) pair is valid.
 */
record TokenCheckRequest(@NotBlank @Size(max = 64) String userId, @NotBlank @Size(max = 64) String accessToken) {

	@Override
	public String toString() {
		return "TokenCheckRequest[userId=" + this.userId + ", accessToken=<hidden>]";
	}

}
