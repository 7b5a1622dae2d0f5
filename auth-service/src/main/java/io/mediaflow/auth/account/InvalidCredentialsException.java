package io.mediaflow.auth.account;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Login failed. Deliberately the same answer for an unknown user and a wrong password.
 */
class InvalidCredentialsException extends ErrorResponseException {

	InvalidCredentialsException() {
		super(HttpStatus.UNAUTHORIZED,
				Problems.of(ProblemType.INVALID_CREDENTIALS, "The user name, e-mail or password is wrong"), null);
	}

}
