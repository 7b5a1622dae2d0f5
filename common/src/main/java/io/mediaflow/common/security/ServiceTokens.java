package io.mediaflow.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;

/**
 * Short JWTs one service sends another on its internal routes ({@code /internal/*}),
 * signed with the shared {@code mediaflow.jwt.secret} but for their own audience, so that
 * a user's token never opens an internal route and a service token never passes as a
 * user's.
 */
public final class ServiceTokens {

	/**
	 * The {@code aud} of service tokens; user tokens carry
	 * {@link JwtProperties#audience()}.
	 */
	public static final String AUDIENCE = "mediaflow-internal";

	/**
	 * Long enough for one call and a clock skew, short enough to be useless once seen.
	 */
	static final Duration TTL = Duration.ofSeconds(60);

	private final Algorithm algorithm;

	private final String issuer;

	private final Clock clock;

	private final JWTVerifier verifier;

	public ServiceTokens(JwtProperties properties, Clock clock) {
		this.algorithm = JwtAlgorithms.hmac(properties);
		this.issuer = properties.issuer();
		this.clock = clock;
		JWTVerifier.BaseVerification verification = (JWTVerifier.BaseVerification) JWT.require(this.algorithm)
			.withIssuer(this.issuer)
			.withAudience(AUDIENCE)
			.withClaimPresence("exp")
			.withClaimPresence("sub")
			.acceptLeeway(properties.clockSkew().toSeconds());
		this.verifier = verification.build(clock);
	}

	/** A token naming the calling service as its subject. */
	public String issue(String service) {
		Instant now = this.clock.instant();
		return JWT.create()
			.withIssuer(this.issuer)
			.withAudience(AUDIENCE)
			.withSubject(service)
			.withIssuedAt(now)
			.withExpiresAt(now.plus(TTL))
			.sign(this.algorithm);
	}

	/**
	 * @return the calling service
	 * @throws InvalidTokenException when the token is not a valid service token
	 */
	public String verify(String token) {
		try {
			return this.verifier.verify(token).getSubject();
		}
		catch (JWTVerificationException ex) {
			throw new InvalidTokenException("Not a valid service token");
		}
	}

}
