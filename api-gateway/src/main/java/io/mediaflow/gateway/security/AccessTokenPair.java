package io.mediaflow.gateway.security;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.function.ServerRequest;

/**
 * A user id and UUID access token sent instead of a JWT: as headers {@code X-User-Id} and
 * {@code X-Access-Token}, or as query or form parameters {@code user_id} and
 * {@code access_token}.
 */
record AccessTokenPair(String userId, String accessToken) {

	static final String USER_ID_HEADER = "X-User-Id";

	static final String ACCESS_TOKEN_HEADER = "X-Access-Token";

	static Optional<AccessTokenPair> from(ServerRequest request) {
		String userId = request.headers().firstHeader(USER_ID_HEADER);
		String token = request.headers().firstHeader(ACCESS_TOKEN_HEADER);
		if (blank(userId) || blank(token)) {
			userId = request.param("user_id").orElse(null);
			token = request.param("access_token").orElse(null);
		}
		return (blank(userId) || blank(token)) ? Optional.empty()
				: Optional.of(new AccessTokenPair(userId.strip(), token.strip()));
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	@Override
	public String toString() {
		return "AccessTokenPair[userId=" + this.userId + ", accessToken=<hidden>]";
	}

}
