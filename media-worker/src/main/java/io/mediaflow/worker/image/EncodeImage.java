package io.mediaflow.worker.image;

import io.mediaflow.common.messaging.ImageFormat;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Last stage: pixels back to bytes in the source format.
 */
final class EncodeImage {

	private EncodeImage() {
	}

	static byte[] apply(Mat image, ImageFormat format, ImageProcessingProperties settings) {
		return apply(image, format, (format == ImageFormat.JPEG) ? settings.jpegQuality() : settings.pngCompression());
	}

	/**
	 * @param level JPEG quality (1-100) or PNG compression (0-9)
	 */
	static byte[] apply(Mat image, ImageFormat format, int level) {
		if (image.channels() == 2) {
			return GrayAlphaPng.encode(image, level);
		}
		MatOfInt parameters = (format == ImageFormat.JPEG) ? new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, level)
				: new MatOfInt(Imgcodecs.IMWRITE_PNG_COMPRESSION, level);
		MatOfByte encoded = new MatOfByte();
		try {
			if (!Imgcodecs.imencode("." + format.extension(), image, encoded, parameters)) {
				throw new IllegalStateException("OpenCV could not encode a " + format + " image");
			}
			return encoded.toArray();
		}
		finally {
			encoded.release();
			parameters.release();
		}
	}

}
