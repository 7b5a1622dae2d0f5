package io.mediaflow.media;

import java.time.Clock;
import java.util.UUID;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.common.security.JwtIssuer;
import io.mediaflow.common.security.JwtProperties;

/**
 * Real bearer JWTs for web slices: media-api verifies them with the same properties, so
 * the slice exercises the argument resolver that turns a token into the caller.
 */
public final class BearerTokens {

	private BearerTokens() {
	}

	public static String of(JwtProperties properties, UUID userId) {
		return "Bearer "
				+ new JwtIssuer(properties, Clock.systemUTC()).issue(new AuthenticatedUser(userId, "ann")).value();
	}

}
