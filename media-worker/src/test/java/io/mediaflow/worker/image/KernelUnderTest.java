package io.mediaflow.worker.image;

import java.util.Locale;

/**
 * The settings the image tests run with. The build runs them twice: on the kernel the
 * machine offers (the system's OpenCV where installed) and, in a JVM of its own, on the
 * bundled one ({@code -Dmediaflow.worker.image.kernel.use=bundled}).
 */
final class KernelUnderTest {

	static final String PROPERTY = "mediaflow.worker.image.kernel.use";

	private KernelUnderTest() {
	}

	static ImageKernel.Choice choice() {
		return ImageKernel.Choice.valueOf(System.getProperty(PROPERTY, "auto").toUpperCase(Locale.ROOT));
	}

	static ImageProcessingProperties settings(long maxDecodedBytes) {
		return new ImageProcessingProperties(1, 90, 3, 50_000_000, maxDecodedBytes,
				ImageProcessingProperties.Kernel.of(choice()));
	}

	static ImageProcessingProperties settings() {
		return settings(268_435_456);
	}

}
