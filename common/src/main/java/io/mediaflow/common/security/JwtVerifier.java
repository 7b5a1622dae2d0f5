package io.mediaflow.common.security;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.jspecify.annotations.Nullable;

/**
 * Checks a Mediaflow JWT: HS256 signature (so {@code alg: none} and other algorithms are
 * refused), issuer, audience, expiry, and a UUID subject. Shared by the gateway and
 * media-api.
 */
public final class JwtVerifier {

	private static final String BEARER_PREFIX = "Bearer ";

	private final JWTVerifier verifier;

	public JwtVerifier(JwtProperties properties, Clock clock) {
		JWTVerifier.BaseVerification verification = (JWTVerifier.BaseVerification) JWT
			.require(JwtAlgorithms.hmac(properties))
			.withIssuer(properties.issuer())
			.withAudience(properties.audience())
			.withClaimPresence("exp")
			.acceptLeeway(properties.clockSkew().toSeconds());
		this.verifier = verification.build(clock);
	}

	/**
	 * The token of an {@code Authorization: Bearer <token>} header, if the header has
	 * that form.
	 */
	public static Optional<String> bearerToken(@Nullable String authorizationHeader) {
		if (authorizationHeader == null
				|| !authorizationHeader.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
			return Optional.empty();
		}
		String token = authorizationHeader.substring(BEARER_PREFIX.length()).trim();
		return token.isEmpty() ? Optional.empty() : Optional.of(token);
	}

	public AuthenticatedUser verify(String token) {
		DecodedJWT jwt;
		try {
			jwt = this.verifier.verify(token);
		}
		catch (TokenExpiredException ex) {
			throw new InvalidTokenException("The access token has expired");
		}
		catch (JWTVerificationException ex) {
			throw new InvalidTokenException("The access token is not valid");
		}
		try {
			UUID userId = UUID.fromString(jwt.getSubject());
			String name = jwt.getClaim(JwtIssuer.NAME_CLAIM).asString();
			return new AuthenticatedUser(userId, (name != null) ? name : "");
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidTokenException("The access token is not valid");
		}
	}

}
