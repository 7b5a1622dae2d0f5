package io.mediaflow.worker.image;

import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * Stage 3: one luminance channel (alpha is dropped).
 */
final class ConvertToGray {

	private ConvertToGray() {
	}

	static Mat apply(Mat image) {
		Mat gray = new Mat();
		switch (image.channels()) {
			case 1 -> image.copyTo(gray);
			case 4 -> Imgproc.cvtColor(image, gray, Imgproc.COLOR_BGRA2GRAY);
			default -> Imgproc.cvtColor(image, gray, Imgproc.COLOR_BGR2GRAY);
		}
		return gray;
	}

}
