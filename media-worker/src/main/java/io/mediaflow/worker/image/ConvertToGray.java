package io.mediaflow.worker.image;

import java.util.List;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * Stage 3: one luminance channel, plus the alpha channel when the image has one (a PNG's
 * transparency stays).
 */
final class ConvertToGray {

	private ConvertToGray() {
	}

	static Mat apply(Mat image) {
		Mat gray = new Mat();
		switch (image.channels()) {
			case 1 -> image.copyTo(gray);
			case 4 -> {
				Mat luminance = new Mat();
				Mat alpha = new Mat();
				Imgproc.cvtColor(image, luminance, Imgproc.COLOR_BGRA2GRAY);
				Core.extractChannel(image, alpha, 3);
				Core.merge(List.of(luminance, alpha), gray);
				luminance.release();
				alpha.release();
			}
			default -> Imgproc.cvtColor(image, gray, Imgproc.COLOR_BGR2GRAY);
		}
		return gray;
	}

}
