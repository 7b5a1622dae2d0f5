package io.mediaflow.worker.image;

import java.util.ArrayList;
import java.util.List;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * JPEG has no alpha: transparent pixels are laid over white. Gray and colour images pass
 * as three-channel colour.
 */
final class FlattenOnWhite {

	private FlattenOnWhite() {
	}

	static Mat apply(Mat image) {
		Mat bgr = new Mat();
		if (image.channels() == 1) {
			Imgproc.cvtColor(image, bgr, Imgproc.COLOR_GRAY2BGR);
			return bgr;
		}
		if (image.channels() == 3) {
			image.copyTo(bgr);
			return bgr;
		}
		List<Mat> channels = new ArrayList<>();
		Core.split(image, channels);
		Mat alpha = new Mat();
		channels.get(3).convertTo(alpha, CvType.CV_32F, 1.0 / 255);
		List<Mat> blended = new ArrayList<>();
		for (int c = 0; c < 3; c++) {
			Mat channel = new Mat();
			channels.get(c).convertTo(channel, CvType.CV_32F);
			// out = channel * alpha + 255 * (1 - alpha)
			Mat out = new Mat();
			Core.multiply(channel, alpha, out);
			Mat background = new Mat(alpha.size(), CvType.CV_32F, new Scalar(255));
			Mat inverse = new Mat();
			Core.subtract(new Mat(alpha.size(), CvType.CV_32F, new Scalar(1)), alpha, inverse);
			Core.multiply(background, inverse, background);
			Core.add(out, background, out);
			Mat bytes = new Mat();
			out.convertTo(bytes, CvType.CV_8U);
			blended.add(bytes);
			channel.release();
			out.release();
			background.release();
			inverse.release();
		}
		Core.merge(blended, bgr);
		blended.forEach(Mat::release);
		channels.forEach(Mat::release);
		alpha.release();
		return bgr;
	}

}
