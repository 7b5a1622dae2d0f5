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
		MatOfInt parameters = (format == ImageFormat.JPEG)
				? new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, settings.jpegQuality())
				: new MatOfInt(Imgcodecs.IMWRITE_PNG_COMPRESSION, settings.pngCompression());
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
