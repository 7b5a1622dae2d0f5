package io.mediaflow.worker.image;

import java.util.Locale;

/**
 * The OpenCV natives this JVM runs the image jobs on. The Java classes are always the
 * bundled {@code org.openpnp:opencv} ones; only the native library behind them differs.
 *
 * @param name {@code system} or {@code bundled}, as shown in {@code /actuator/info} and
 * the jobs' {@code codec} tag
 * @param library where the native code comes from
 * @param jpeg the JPEG codec inside it
 */
public record ImageKernel(String name, String library, String jpeg) {

	/** Where Debian 12 and Ubuntu 24.04 put the OpenCV 4.6 Java binding's JNI library. */
	public static final String DEBIAN_LIBRARY = "/usr/lib/jni/libopencv_java460.so";

	/** The Debian and Ubuntu package that brings {@link #DEBIAN_LIBRARY}. */
	public static final String DEBIAN_PACKAGE = "libopencv406-jni";

	/**
	 * The Debian and Ubuntu package of libjpeg-turbo's TurboJPEG library, the JPEG codec
	 * beside the system's OpenCV.
	 */
	public static final String TURBOJPEG_PACKAGE = "libturbojpeg0";

	static ImageKernel system(String library) {
		return new ImageKernel("system", library, "system libjpeg-turbo (SIMD), system libpng and zlib");
	}

	static ImageKernel bundled() {
		return new ImageKernel("bundled", "org.openpnp:opencv 4.9.0-0", "built-in libjpeg-turbo 2.1.3 without SIMD");
	}

	/** The same natives, with JPEGs going through {@link TurboJpeg}'s YCbCr planes. */
	ImageKernel withTurboJpeg() {
		return new ImageKernel(this.name, this.library,
				"TurboJPEG (" + TurboJpeg.LIBRARY + ", libjpeg-turbo with SIMD) on YCbCr planes; " + this.jpeg);
	}

	public boolean isSystem() {
		return "system".equals(this.name);
	}

	public enum Choice {

		AUTO, SYSTEM, BUNDLED;

		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
