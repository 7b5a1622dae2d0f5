package io.mediaflow.auth.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 401 problem+json answer for a request without valid credentials.
 */
public final class Unauthorized {

	private Unauthorized() {
	}

	public static ErrorResponseException because(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		problem.setTitle("Unauthorized");
		return new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
	}

}
