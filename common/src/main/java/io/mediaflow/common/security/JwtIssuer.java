package io.mediaflow.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

/**
 * Signs HS256 JWTs with the issuer, audience and lifetime of {@link JwtProperties}.
 */
public final class JwtIssuer {

	static final String NAME_CLAIM = "name";

	private final JwtProperties properties;

	private final Algorithm algorithm;

	private final Clock clock;

	public JwtIssuer(JwtProperties properties, Clock clock) {
		this.properties = properties;
		this.algorithm = JwtAlgorithms.hmac(properties);
		this.clock = clock;
	}

	/** How long tokens from {@link #issue(AuthenticatedUser)} live. */
	public Duration ttl() {
		return this.properties.ttl();
	}

	public IssuedToken issue(AuthenticatedUser user) {
		return issue(user, this.properties.ttl());
	}

	public IssuedToken issue(AuthenticatedUser user, Duration ttl) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(ttl);
		String token = JWT.create()
			.withIssuer(this.properties.issuer())
			.withAudience(this.properties.audience())
			.withSubject(user.userId().toString())
			.withClaim(NAME_CLAIM, user.name())
			.withIssuedAt(now)
			.withExpiresAt(expiresAt)
			.withJWTId(UUID.randomUUID().toString())
			.sign(this.algorithm);
		return new IssuedToken(token, expiresAt);
	}

}
