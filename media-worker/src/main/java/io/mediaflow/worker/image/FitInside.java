package io.mediaflow.worker.image;

import org.jspecify.annotations.Nullable;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Shrinks an image to fit inside a box (either side may be open), keeping its aspect;
 * never enlarges.
 */
final class FitInside {

	private FitInside() {
	}

	static Mat apply(Mat image, @Nullable Integer maxWidth, @Nullable Integer maxHeight) {
		double scale = 1.0;
		if (maxWidth != null) {
			scale = Math.min(scale, (double) maxWidth / image.cols());
		}
		if (maxHeight != null) {
			scale = Math.min(scale, (double) maxHeight / image.rows());
		}
		Mat result = new Mat();
		if (scale >= 1.0) {
			image.copyTo(result);
			return result;
		}
		int width = Math.max(1, (int) Math.floor(image.cols() * scale));
		int height = Math.max(1, (int) Math.floor(image.rows() * scale));
		Imgproc.resize(image, result, new Size(width, height), 0, 0, Imgproc.INTER_AREA);
		return result;
	}

}
