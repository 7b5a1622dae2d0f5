package io.mediaflow.worker.image;

import io.mediaflow.common.messaging.ImageFormat;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Stage 1: bytes to pixels, once. JPEGs are decoded to colour with their EXIF orientation applied; PNGs unchanged,
 * so alpha and 16-bit depth survive.
 */
final class DecodeImage {

	private DecodeImage() {
	}

	static Mat apply(byte[] bytes, ImageFormat format) {
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

}
