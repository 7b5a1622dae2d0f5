package io.mediaflow.media.upload;

import java.io.IOException;

/**
 * A header whose fields contradict each other, so that a limit computed from them would
 * be wrong.
 */
class InconsistentHeaderException extends IOException {

	InconsistentHeaderException(String what) {
		super(what);
	}

}
