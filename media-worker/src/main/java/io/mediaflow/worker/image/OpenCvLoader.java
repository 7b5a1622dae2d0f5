package io.mediaflow.worker.image;

import java.nio.file.Files;
import java.nio.file.Path;

import nu.pattern.OpenCV;
import org.jspecify.annotations.Nullable;
import org.opencv.core.Core;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads OpenCV's native library once per JVM: the system's Java binding when it is there
 * (its libjpeg-turbo has SIMD, about 2.5 times faster than the bundled natives), else the
 * natives bundled in {@code org.openpnp:opencv}. The first choice made in a JVM stands:
 * two OpenCV natives cannot serve the same Java classes side by side. OpenCV's own thread
 * pool is switched off: it gave no speed-up with one job per core and once crashed
 * natively under two Java threads.
 */
final class OpenCvLoader {

	private static final Logger logger = LoggerFactory.getLogger(OpenCvLoader.class);

	private static @Nullable ImageKernel loaded;

	private OpenCvLoader() {
	}

	static synchronized ImageKernel ensureLoaded(ImageProcessingProperties.Kernel settings) {
		if (loaded == null) {
			loaded = load(settings);
			Core.setNumThreads(1);
		}
		else if (settings.use() != ImageKernel.Choice.AUTO && !loaded.name().equals(settings.use().toString())) {
			logger.warn("The image kernel '{}' was asked for, but this JVM already runs on the {} one", settings.use(),
					loaded.name());
		}
		return loaded;
	}

	private static ImageKernel load(ImageProcessingProperties.Kernel settings) {
		if (settings.use() == ImageKernel.Choice.BUNDLED) {
			return loadBundled();
		}
		String library = settings.systemLibrary();
		String failure;
		if (Files.isRegularFile(Path.of(library))) {
			try {
				System.load(library);
				logger.info("Image kernel: the system's OpenCV ({}), libjpeg-turbo with SIMD", library);
				return ImageKernel.system(library);
			}
			catch (UnsatisfiedLinkError ex) {
				failure = library + " does not load (" + ex.getMessage() + ")";
			}
		}
		else {
			failure = library + " is missing";
		}
		if (settings.use() == ImageKernel.Choice.SYSTEM) {
			throw new IllegalStateException("mediaflow.worker.image.kernel.use=system, but " + failure
					+ "; install it with: apt-get install " + ImageKernel.DEBIAN_PACKAGE);
		}
		logger.warn(
				"Image jobs run on the bundled OpenCV, about 2.5 times slower than the system's ({}): install "
						+ "it with 'apt-get install {}' (Debian 12, Ubuntu 24.04)",
				failure, ImageKernel.DEBIAN_PACKAGE);
		return loadBundled();
	}

	private static ImageKernel loadBundled() {
		OpenCV.loadLocally();
		return ImageKernel.bundled();
	}

}
