package io.mediaflow.worker.image;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.mediaflow.common.files.ImageVariant;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * The JPEG variants from the file's own YCbCr planes, through {@link TurboJpeg}: decoded
 * without colour conversion or chroma upsampling, rotated and halved plane by plane
 * ({@link RotateImage}, {@link ScaleImage}: 2x2 box averages of Y, Cb and Cr, which is
 * the box average of the colours, YCbCr being linear in RGB), and encoded without either
 * conversion back, in the source's chroma sampling (turned with the image: 4:2:2 becomes
 * 4:4:0). The gray variant is the luma plane itself: JPEG's Y is BT.601 luma, the weights
 * of OpenCV's and Pillow's gray conversion. Files this path does not take are left to the
 * OpenCV path (empty answer): an EXIF orientation to apply, colour spaces other than
 * YCbCr, gray or 4:1:1 files, and data TurboJPEG refuses or only warns about.
 */
final class JpegPlanes {

	private final TurboJpeg turbo;

	JpegPlanes(TurboJpeg turbo) {
		this.turbo = turbo;
	}

	/**
	 * The rotated, gray and scaled variants of {@code jpeg}, or empty when the OpenCV
	 * path has to decode it.
	 */
	Optional<List<EncodedImage>> process(byte[] jpeg, ImageHeader header, int quality) {
		if (header.orientation() != 1) {
			return Optional.empty();
		}
		try (Arena arena = Arena.ofConfined()) {
			MemorySegment source = arena.allocate(jpeg.length);
			MemorySegment.copy(jpeg, 0, source, JAVA_BYTE, 0, jpeg.length);
			Optional<TurboJpeg.Header> frame = this.turbo.header(source).filter(JpegPlanes::supported);
			if (frame.isEmpty()) {
				return Optional.empty();
			}
			Planes decoded = Planes.allocate(frame.get().width(), frame.get().height(), frame.get().sampling());
			try {
				try {
					this.turbo.decodeToPlanes(source, frame.get(), decoded.addresses(), decoded.strides());
				}
				catch (TurboJpeg.JpegException ex) {
					return Optional.empty();
				}
				return Optional.of(List.of(encode(ImageVariant.ROTATED, decoded.map(RotateImage::apply, true), quality),
						encode(ImageVariant.GRAY, decoded.luma(), quality),
						encode(ImageVariant.SCALED, decoded.map(ScaleImage::apply, false), quality)));
			}
			finally {
				decoded.release();
			}
		}
	}

	private EncodedImage encode(ImageVariant variant, Planes planes, int quality) {
		try {
			return new EncodedImage(variant, this.turbo.encodeFromPlanes(planes.addresses(), planes.strides(),
					planes.width(), planes.height(), planes.sampling(), quality));
		}
		finally {
			if (planes.owned()) {
				planes.release();
			}
		}
	}

	private static boolean supported(TurboJpeg.Header frame) {
		return frame.colorspace() == TurboJpeg.COLORSPACE_YCBCR && switch (frame.sampling()) {
			case TurboJpeg.SAMPLING_444, TurboJpeg.SAMPLING_422, TurboJpeg.SAMPLING_420, TurboJpeg.SAMPLING_440 -> true;
			default -> false;
		};
	}

	/**
	 * A {@code width} x {@code height} image as its planes (Y first) in the given chroma
	 * sampling, laid out as TurboJPEG reads and writes them: the luma plane's sides are
	 * rounded up to the sampling's multiple (one more row or column on an odd side,
	 * repeating the edge); a chroma plane is exactly its rounded-up share of the image.
	 *
	 * @param owned whether the planes are this value's own (a variant's) rather than the
	 * decoded image's
	 */
	private record Planes(List<Mat> mats, int width, int height, int sampling, boolean owned) {

		static Planes allocate(int width, int height, int sampling) {
			int lumaWidth = paddedWidth(width, sampling);
			int lumaHeight = paddedHeight(height, sampling);
			int chromaWidth = lumaWidth / horizontalFactor(sampling);
			int chromaHeight = lumaHeight / verticalFactor(sampling);
			return new Planes(List.of(new Mat(lumaHeight, lumaWidth, CvType.CV_8UC1),
					new Mat(chromaHeight, chromaWidth, CvType.CV_8UC1),
					new Mat(chromaHeight, chromaWidth, CvType.CV_8UC1)), width, height, sampling, false);
		}

		/**
		 * The luma plane alone: the gray image, as TurboJPEG's gray sampling reads it.
		 */
		Planes luma() {
			return new Planes(List.of(this.mats.get(0)), this.width, this.height, TurboJpeg.SAMPLING_GRAY, false);
		}

		/**
		 * Each plane transformed: the luma's image part (its padding left out, added to
		 * the result's sides again), the chroma planes whole. A quarter turn swaps 4:2:2
		 * and 4:4:0.
		 */
		Planes map(UnaryOperator<Mat> transform, boolean quarterTurn) {
			int sampling = this.sampling;
			if (quarterTurn && sampling == TurboJpeg.SAMPLING_422) {
				sampling = TurboJpeg.SAMPLING_440;
			}
			else if (quarterTurn && sampling == TurboJpeg.SAMPLING_440) {
				sampling = TurboJpeg.SAMPLING_422;
			}
			Mat region = this.mats.get(0).submat(0, this.height, 0, this.width);
			Mat luma;
			try {
				luma = transform.apply(region);
			}
			finally {
				region.release();
			}
			int width = luma.cols();
			int height = luma.rows();
			List<Mat> transformed = new ArrayList<>(this.mats.size());
			transformed.add(padded(luma, sampling));
			for (Mat chroma : this.mats.subList(1, this.mats.size())) {
				transformed.add(transform.apply(chroma));
			}
			return new Planes(List.copyOf(transformed), width, height, sampling, true);
		}

		private static Mat padded(Mat luma, int sampling) {
			int right = paddedWidth(luma.cols(), sampling) - luma.cols();
			int bottom = paddedHeight(luma.rows(), sampling) - luma.rows();
			if (right == 0 && bottom == 0) {
				return luma;
			}
			Mat padded = new Mat();
			Core.copyMakeBorder(luma, padded, 0, bottom, 0, right, Core.BORDER_REPLICATE);
			luma.release();
			return padded;
		}

		List<MemorySegment> addresses() {
			return this.mats.stream().map((mat) -> MemorySegment.ofAddress(mat.dataAddr())).toList();
		}

		int[] strides() {
			return this.mats.stream().mapToInt((mat) -> (int) mat.step1(0)).toArray();
		}

		void release() {
			this.mats.forEach(Mat::release);
		}

		private static int paddedWidth(int width, int sampling) {
			int factor = horizontalFactor(sampling);
			return (width + factor - 1) / factor * factor;
		}

		private static int paddedHeight(int height, int sampling) {
			int factor = verticalFactor(sampling);
			return (height + factor - 1) / factor * factor;
		}

		private static int horizontalFactor(int sampling) {
			return (sampling == TurboJpeg.SAMPLING_420 || sampling == TurboJpeg.SAMPLING_422) ? 2 : 1;
		}

		private static int verticalFactor(int sampling) {
			return (sampling == TurboJpeg.SAMPLING_420 || sampling == TurboJpeg.SAMPLING_440) ? 2 : 1;
		}

	}

}
