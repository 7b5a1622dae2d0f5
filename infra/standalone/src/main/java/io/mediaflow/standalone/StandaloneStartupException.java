package io.mediaflow.standalone;

/**
 * The standalone run cannot start for a reason its user can fix; the message is one line
 * saying what and how.
 */
public class StandaloneStartupException extends RuntimeException {

	StandaloneStartupException(String message) {
		super(message);
	}

}
