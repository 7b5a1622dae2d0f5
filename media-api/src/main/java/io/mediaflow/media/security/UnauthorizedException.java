package io.mediaflow.media.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 401 problem+json with {@code WWW-Authenticate: Bearer}.
 */
public class UnauthorizedException extends ErrorResponseException {

	UnauthorizedException(String detail) {
		super(HttpStatus.UNAUTHORIZED, problem(detail), null);
		getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
	}

	public static UnauthorizedException credentialsRequired() {
		return new UnauthorizedException("Credentials are required: send Authorization: Bearer <access token>");
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		problem.setTitle("Unauthorized");
		return problem;
	}

}
