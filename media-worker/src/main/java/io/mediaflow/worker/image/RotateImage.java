package io.mediaflow.worker.image;

import org.opencv.core.Core;
import org.opencv.core.Mat;

/**
 * Stage 2: a quarter turn clockwise; width and height swap.
 */
final class RotateImage {

	private RotateImage() {
	}

	static Mat apply(Mat image) {
		Mat rotated = new Mat();
		Core.rotate(image, rotated, Core.ROTATE_90_CLOCKWISE);
		return rotated;
	}

}
