package io.mediaflow.worker.image;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How image jobs are run and encoded.
 *
 * @param consumers parallel image jobs in this worker; 0 means one per CPU core plus one:
 * the jobs are CPU-bound, and the extra one keeps the cores busy while a job waits on S3
 * or the broker
 * @param jpegQuality quality of the JPEG outputs, 1-100
 * @param pngCompression zlib level of the PNG outputs, 0-9 (higher: smaller and slower)
 * @param maxPixels most pixels a worker decodes, whatever media-api let through
 * @param maxDecodedBytes most bytes one decoded image may take (width x height x channels
 * x bytes per sample), read from the file's header before it is decoded
 * @param kernel which OpenCV natives do the work
 */
@ConfigurationProperties("mediaflow.worker.image")
@Validated
public record ImageProcessingProperties(@DefaultValue("0") @Min(0) int consumers,
		@DefaultValue("90") @Min(1) @Max(100) int jpegQuality, @DefaultValue("3") @Min(0) @Max(9) int pngCompression,
		@DefaultValue("50000000") @Min(1) long maxPixels, @DefaultValue("268435456") @Min(1) long maxDecodedBytes,
		@DefaultValue @Valid Kernel kernel) {

	public int effectiveConsumers() {
		return (this.consumers > 0) ? this.consumers : Runtime.getRuntime().availableProcessors() + 1;
	}

	/**
	 * @param use {@code auto}: the system's OpenCV Java binding when it is installed,
	 * else the bundled one; {@code system}: the system's or refuse to start;
	 * {@code bundled}: the natives inside the application
	 * @param systemLibrary the system binding's JNI library (Debian and Ubuntu package
	 * {@code libopencv406-jni})
	 * @param turboJpeg with the system's OpenCV: JPEGs through TurboJPEG's YCbCr planes
	 * where {@code libturbojpeg0} is installed (about a third less CPU per image)
	 */
	public record Kernel(@DefaultValue("auto") ImageKernel.Choice use,
			@DefaultValue(ImageKernel.DEBIAN_LIBRARY) @NotBlank String systemLibrary,
			@DefaultValue("true") boolean turboJpeg) {

		public static Kernel of(ImageKernel.Choice use) {
			return new Kernel(use, ImageKernel.DEBIAN_LIBRARY, true);
		}

	}

}
