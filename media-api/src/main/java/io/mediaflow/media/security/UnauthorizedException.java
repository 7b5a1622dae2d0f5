package io.mediaflow.media.security;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * 401 problem+json with {@code WWW-Authenticate: Bearer}.
 */
public class UnauthorizedException extends ErrorResponseException {

	UnauthorizedException(String detail) {
		super(HttpStatus.UNAUTHORIZED, Problems.of(ProblemType.UNAUTHORIZED, detail), null);
		getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
	}

	public static UnauthorizedException credentialsRequired() {
		return new UnauthorizedException("Credentials are required: send Authorization: Bearer <access token>");
	}

}
