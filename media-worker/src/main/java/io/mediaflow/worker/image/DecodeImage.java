package io.mediaflow.worker.image;

import io.mediaflow.common.messaging.ImageFormat;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Stage 1: bytes to pixels, once. The header is read first: an image over the worker's
 * pixel or decoded-byte limit is refused before any memory is spent on it. JPEGs are
 * decoded to colour with their EXIF orientation applied; PNGs unchanged, so alpha and
 * 16-bit depth survive.
 */
final class DecodeImage {

	private DecodeImage() {
	}

	static Mat apply(byte[] bytes, ImageFormat format, ImageProcessingProperties limits) {
		checkedHeader(bytes, format, limits);
		return decode(bytes, format);
	}

	/**
	 * The file's header, once it is known to be within the worker's limits.
	 */
	static ImageHeader checkedHeader(byte[] bytes, ImageFormat format, ImageProcessingProperties limits) {
		ImageHeader header = ImageHeader.read(bytes, format);
		if (header.pixels() > limits.maxPixels()) {
			throw new UndecodableImageException("The image has more than " + limits.maxPixels() + " pixels");
		}
		if (header.decodedBytes() > limits.maxDecodedBytes()) {
			throw new UndecodableImageException("The image is " + header.width() + "x" + header.height() + " with "
					+ header.channels() + " channels of " + (8 * header.bytesPerSample()) + " bits: "
					+ megabytes(header.decodedBytes()) + " MB decoded, more than the "
					+ megabytes(limits.maxDecodedBytes()) + " MB this worker decodes");
		}
		return header;
	}

	/** The pixels of a file whose header was checked. */
	static Mat decode(byte[] bytes, ImageFormat format) {
		int flags = (format == ImageFormat.JPEG) ? Imgcodecs.IMREAD_COLOR : Imgcodecs.IMREAD_UNCHANGED;
		MatOfByte buffer = new MatOfByte(bytes);
		try {
			Mat image = Imgcodecs.imdecode(buffer, flags);
			if (image.empty()) {
				image.release();
				throw new UndecodableImageException("The image could not be decoded (corrupt or truncated)");
			}
			int channels = image.channels();
			if (channels != 1 && channels != 3 && channels != 4) {
				image.release();
				throw new UndecodableImageException("Unsupported channel layout (" + channels + " channels)");
			}
			return image;
		}
		finally {
			buffer.release();
		}
	}

	private static long megabytes(long bytes) {
		return bytes / 1_000_000;
	}

}
