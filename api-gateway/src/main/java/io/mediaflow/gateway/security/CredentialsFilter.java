package io.mediaflow.gateway.security;

import java.util.Optional;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.common.security.InvalidTokenException;
import io.mediaflow.common.security.JwtIssuer;
import io.mediaflow.common.security.JwtVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Lets a request through to a media route only with valid credentials, and forwards
 * exactly one kind: a JWT. {@code Authorization: Bearer <JWT>} is verified and passed on;
 * a (user id, access token) pair is checked with auth-service and replaced by a
 * short-lived JWT minted here. Anything else is 401 problem+json.
 */
@Component
public class CredentialsFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private static final Logger logger = LoggerFactory.getLogger(CredentialsFilter.class);

	private final JwtVerifier verifier;

	private final JwtIssuer issuer;

	private final AccessTokenChecker accessTokens;

	private final UserExistenceChecker users;

	private final CredentialsProperties properties;

	CredentialsFilter(JwtVerifier verifier, JwtIssuer issuer, AccessTokenChecker accessTokens,
			UserExistenceChecker users, CredentialsProperties properties) {
		this.verifier = verifier;
		this.issuer = issuer;
		this.accessTokens = accessTokens;
		this.users = users;
		this.properties = properties;
	}

	@Override
	public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
		Optional<String> bearer = JwtVerifier.bearerToken(request.headers().firstHeader(HttpHeaders.AUTHORIZATION));
		if (bearer.isPresent()) {
			AuthenticatedUser user;
			try {
				user = this.verifier.verify(bearer.get());
			}
			catch (InvalidTokenException ex) {
				logger.debug("Refused {} {}: {}", request.method(), request.path(), ex.getMessage());
				return unauthorized(ex.getMessage());
			}
			if (!this.users.exists(user.userId())) {
				return unauthorized("The account of this token no longer exists");
			}
			return next.handle(request);
		}
		Optional<AccessTokenPair> pair = AccessTokenPair.from(request);
		if (pair.isEmpty()) {
			return unauthorized("Credentials are required: send Authorization: Bearer <JWT>, or user_id and"
					+ " access_token (query, form fields, or X-User-Id and X-Access-Token headers)");
		}
		Optional<AuthenticatedUser> user;
		try {
			user = this.accessTokens.check(pair.get());
		}
		catch (RestClientException ex) {
			logger.warn("Cannot check an access token with auth-service: {}", ex.getMessage());
			return unavailable();
		}
		if (user.isEmpty()) {
			return unauthorized("The user id or access token is wrong");
		}
		String jwt = this.issuer.issue(user.get(), this.properties.forwardedTokenTtl()).value();
		return next.handle(ServerRequest.from(request).headers((headers) -> {
			headers.remove(AccessTokenPair.ACCESS_TOKEN_HEADER);
			headers.setBearerAuth(jwt);
		}).build());
	}

	private static ServerResponse unauthorized(String detail) {
		ProblemDetail problem = Problems.of(ProblemType.UNAUTHORIZED, detail);
		return ServerResponse.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.body(problem);
	}

	private static ServerResponse unavailable() {
		ProblemDetail problem = Problems.of(ProblemType.SERVICE_UNAVAILABLE,
				"Credentials cannot be checked right now; try again shortly");
		return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header("Retry-After", "5")
			.body(problem);
	}

}
