package io.mediaflow.worker.image;

import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Stage 4: half the width and half the height (rounded, at least one pixel), aspect kept,
 * with area averaging, the interpolation that does not alias when shrinking.
 */
final class ScaleImage {

	static final double FACTOR = 0.5;

	private ScaleImage() {
	}

	static Mat apply(Mat image) {
		Mat scaled = new Mat();
		Imgproc.resize(image, scaled, new Size(scaledLength(image.cols()), scaledLength(image.rows())), 0, 0,
				Imgproc.INTER_AREA);
		return scaled;
	}

	static int scaledLength(int length) {
		return Math.max(1, (int) Math.round(length * FACTOR));
	}

}
