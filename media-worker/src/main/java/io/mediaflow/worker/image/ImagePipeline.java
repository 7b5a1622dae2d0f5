package io.mediaflow.worker.image;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.mediaflow.common.files.ImageVariant;
import io.mediaflow.common.messaging.ImageFormat;
import org.opencv.core.Mat;

import org.springframework.stereotype.Component;

/**
 * The image pipeline in order: decode once, then derive each variant from the decoded
 * pixels and encode it. JPEGs take the faster {@link JpegPlanes} path where TurboJPEG is
 * installed next to the system's OpenCV and the file allows it.
 */
@Component
public class ImagePipeline {

	private static final List<Step> STEPS = List.of(new Step(ImageVariant.ROTATED, RotateImage::apply),
			new Step(ImageVariant.GRAY, ConvertToGray::apply), new Step(ImageVariant.SCALED, ScaleImage::apply));

	private final ImageProcessingProperties settings;

	private final ImageKernel kernel;

	private final Optional<JpegPlanes> jpegPlanes;

	public ImagePipeline(ImageProcessingProperties settings) {
		ImageKernel opencv = OpenCvLoader.ensureLoaded(settings.kernel());
		this.jpegPlanes = (opencv.isSystem() && settings.kernel().turboJpeg()) ? TurboJpeg.system().map(JpegPlanes::new)
				: Optional.empty();
		this.kernel = this.jpegPlanes.isPresent() ? opencv.withTurboJpeg() : opencv;
		this.settings = settings;
	}

	/** The OpenCV natives this pipeline runs on. */
	public ImageKernel kernel() {
		return this.kernel;
	}

	/**
	 * The rotated, gray and scaled variants of {@code source}; the original is stored as
	 * uploaded.
	 */
	public List<EncodedImage> process(byte[] source, ImageFormat format) {
		ImageHeader header = DecodeImage.checkedHeader(source, format, this.settings);
		if (format == ImageFormat.JPEG && this.jpegPlanes.isPresent()) {
			Optional<List<EncodedImage>> variants = this.jpegPlanes.get()
				.process(source, header, this.settings.jpegQuality());
			if (variants.isPresent()) {
				return variants.get();
			}
		}
		Mat decoded = DecodeImage.decode(source, format);
		try {
			return STEPS.stream().map((step) -> {
				Mat variant = step.transform().apply(decoded);
				try {
					return new EncodedImage(step.variant(), EncodeImage.apply(variant, format, this.settings));
				}
				finally {
					variant.release();
				}
			}).toList();
		}
		finally {
			decoded.release();
		}
	}

	private record Step(ImageVariant variant, UnaryOperator<Mat> transform) {
	}

}
