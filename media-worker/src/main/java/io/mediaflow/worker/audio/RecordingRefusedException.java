package io.mediaflow.worker.audio;

/**
 * A recording the worker will not convert (too long, or its conversion ran out of time):
 * a final failure, whose message is shown to the user.
 */
class RecordingRefusedException extends Exception {

	RecordingRefusedException(String reason) {
		super(reason);
	}

}
