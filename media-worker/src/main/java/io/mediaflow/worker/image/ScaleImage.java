package io.mediaflow.worker.image;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Stage 4: half the width and half the height (rounded up), each pixel the average of the
 * 2x2 box it covers, the rule of Pillow's {@code reduce(2)}: on an odd side the last
 * column or row averages the two pixels it covers, the last corner is the corner pixel.
 * The even part goes through OpenCV's vectorized 2x2 area path; an odd edge is replicated
 * once to width or height two and takes the same path, so an odd-sided image costs what
 * an even-sided one does instead of OpenCV's ten-times-slower generic area resize.
 */
final class ScaleImage {

	private ScaleImage() {
	}

	static Mat apply(Mat image) {
		int rows = image.rows();
		int cols = image.cols();
		int evenRows = rows & ~1;
		int evenCols = cols & ~1;
		Mat scaled = new Mat(scaledLength(rows), scaledLength(cols), image.type());
		if (evenRows > 0 && evenCols > 0) {
			halve(image, new Rect(0, 0, evenCols, evenRows), scaled, 0, 0);
		}
		if (cols != evenCols && evenRows > 0) {
			halve(image, new Rect(evenCols, 0, 1, evenRows), scaled, 0, 1);
		}
		if (rows != evenRows && evenCols > 0) {
			halve(image, new Rect(0, evenRows, evenCols, 1), scaled, 1, 0);
		}
		if (rows != evenRows && cols != evenCols) {
			scaled.put(scaled.rows() - 1, scaled.cols() - 1, image.get(rows - 1, cols - 1));
		}
		return scaled;
	}

	static int scaledLength(int length) {
		return (length + 1) / 2;
	}

	/**
	 * The region {@code from} of the image, halved into the matching region of the
	 * result; a one-pixel edge is doubled first (by {@code bottom} rows or {@code right}
	 * columns), so that each 2x2 box of it averages the pixels it covers. The regions are
	 * released at once: a region holds its parent's buffer until it is released.
	 */
	private static void halve(Mat image, Rect from, Mat scaled, int bottom, int right) {
		Mat source = image.submat(from);
		Mat doubled = new Mat();
		Mat target = scaled
			.submat(new Rect(from.x / 2, from.y / 2, (from.width + right) / 2, (from.height + bottom) / 2));
		try {
			Mat box = source;
			if (bottom + right > 0) {
				Core.copyMakeBorder(source, doubled, 0, bottom, 0, right, Core.BORDER_REPLICATE | Core.BORDER_ISOLATED);
				box = doubled;
			}
			Imgproc.resize(box, target, new Size(target.cols(), target.rows()), 0, 0, Imgproc.INTER_AREA);
		}
		finally {
			source.release();
			doubled.release();
			target.release();
		}
	}

}
