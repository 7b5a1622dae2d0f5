package io.mediaflow.media.upload;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An upload refused before anything was stored: wrong format, too big, too many files.
 */
class MediaRejectedException extends ErrorResponseException {

	MediaRejectedException(HttpStatus status, String title, String detail) {
		super(status, problem(status, title, detail), null);
	}

	static MediaRejectedException unsupported(String fileName, String expected) {
		return new MediaRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file",
				"'" + fileName + "' is not " + expected + " (checked by its content, not its name)");
	}

	static MediaRejectedException empty(String fileName) {
		return new MediaRejectedException(HttpStatus.BAD_REQUEST, "Empty file", "'" + fileName + "' is empty");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
