package io.mediaflow.auth.account;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The e-mail or user name of a registration is already taken.
 */
class AccountExistsException extends ErrorResponseException {

	AccountExistsException(String what) {
		super(HttpStatus.CONFLICT, problem(what), null);
	}

	private static ProblemDetail problem(String what) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"A user with this " + what + " already exists");
		problem.setTitle("User already exists");
		return problem;
	}

}
