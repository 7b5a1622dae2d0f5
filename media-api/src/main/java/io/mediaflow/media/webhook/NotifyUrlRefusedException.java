package io.mediaflow.media.webhook;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A notify_url that is not an http(s) URL (400), or whose host does not resolve or
 * resolves to an address callbacks may not reach (422).
 */
class NotifyUrlRefusedException extends ErrorResponseException {

	NotifyUrlRefusedException(HttpStatus status, String detail) {
		super(status, problem(status, detail), null);
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle("notify_url refused");
		return problem;
	}

	String reason() {
		String detail = getBody().getDetail();
		return (detail != null) ? detail : "refused";
	}

}
