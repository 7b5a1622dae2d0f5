package io.mediaflow.media.upload;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import org.springframework.web.ErrorResponseException;

/**
 * An upload refused before anything was stored: wrong format, too big, too many files.
 */
class MediaRejectedException extends ErrorResponseException {

	MediaRejectedException(ProblemType type, String detail) {
		super(type.status(), Problems.of(type, detail), null);
	}

	static MediaRejectedException unsupported(String fileName, String expected) {
		return new MediaRejectedException(ProblemType.UNSUPPORTED_FILE,
				"'" + fileName + "' is not " + expected + " (checked by its content, not its name)");
	}

	static MediaRejectedException empty(String fileName) {
		return new MediaRejectedException(ProblemType.EMPTY_FILE, "'" + fileName + "' is empty");
	}

}
