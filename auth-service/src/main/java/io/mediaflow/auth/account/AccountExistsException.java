package io.mediaflow.auth.account;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The e-mail or user name of a registration is already taken.
 */
class AccountExistsException extends ErrorResponseException {

	AccountExistsException(String what) {
		super(HttpStatus.CONFLICT, Problems.of(ProblemType.USER_EXISTS, "A user with this " + what + " already exists"),
				null);
	}

}
