package io.mediaflow.gateway.security;

import io.mediaflow.common.security.InvalidTokenException;
import io.mediaflow.common.security.JwtVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Lets a request through to a media route only with a valid {@code Authorization: Bearer <JWT>}; answers 401
 * problem+json otherwise.
 */
@Component
public class JwtAuthenticationFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private static final Logger logger = LoggerFactory.getLogger(JwtAuthenticationFilter.class);

	private final JwtVerifier verifier;

	JwtAuthenticationFilter(JwtVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
		String token = JwtVerifier.bearerToken(request.headers().firstHeader(HttpHeaders.AUTHORIZATION)).orElse(null);
		if (token == null) {
			return unauthorized("Credentials are required: send Authorization: Bearer <access token>");
		}
		try {
			this.verifier.verify(token);
		}
		catch (InvalidTokenException ex) {
			logger.debug("Refused {} {}: {}", request.method(), request.path(), ex.getMessage());
			return unauthorized(ex.getMessage());
		}
		return next.handle(request);
	}

	private static ServerResponse unauthorized(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		problem.setTitle("Unauthorized");
		return ServerResponse.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.body(problem);
	}

}
