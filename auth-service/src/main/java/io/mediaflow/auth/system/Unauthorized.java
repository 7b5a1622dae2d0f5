package io.mediaflow.auth.system;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import org.springframework.web.ErrorResponseException;

/**
 * A 401 problem+json answer for a request without valid credentials.
 */
public final class Unauthorized {

	private Unauthorized() {
	}

	public static ErrorResponseException because(String detail) {
		return Problems.exception(ProblemType.UNAUTHORIZED, detail);
	}

}
