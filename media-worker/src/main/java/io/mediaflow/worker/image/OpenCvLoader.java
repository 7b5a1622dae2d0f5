package io.mediaflow.worker.image;

import nu.pattern.OpenCV;
import org.opencv.core.Core;

/**
 * Loads OpenCV's native library once per JVM. OpenCV's own thread pool is switched off: it gave no speed-up with
 * one job per core and once crashed natively under two Java threads.
 */
final class OpenCvLoader {

	private static boolean loaded;

	private OpenCvLoader() {
	}

	static synchronized void ensureLoaded() {
		if (!loaded) {
			OpenCV.loadLocally();
			Core.setNumThreads(1);
			loaded = true;
		}
	}

}
