package io.mediaflow.media.upload;

import java.util.List;

/**
 * The POST paths that create a task: what {@code notify_url} and {@code Idempotency-Key}
 * apply to.
 */
public final class CreatingPaths {

	public static final List<String> ALL = List.of("/upload", "/record", "/records", "/image", "/img");

	private CreatingPaths() {
	}

	/** Whether a handler mapped to these paths creates a task. */
	public static boolean anyOf(String[] paths) {
		return List.of(paths).stream().anyMatch(ALL::contains);
	}

}
