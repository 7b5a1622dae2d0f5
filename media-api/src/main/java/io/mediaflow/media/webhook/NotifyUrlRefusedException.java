package io.mediaflow.media.webhook;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import org.springframework.web.ErrorResponseException;

/**
 * A notify_url that is not an http(s) URL (400), or whose host does not resolve or
 * resolves to an address callbacks may not reach (422).
 */
class NotifyUrlRefusedException extends ErrorResponseException {

	NotifyUrlRefusedException(ProblemType type, String detail) {
		super(type.status(), Problems.of(type, detail), null);
	}

	String reason() {
		String detail = getBody().getDetail();
		return (detail != null) ? detail : "refused";
	}

}
