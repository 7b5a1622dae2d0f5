package io.mediaflow.worker.image;

import org.opencv.core.Core;
import org.opencv.core.Mat;
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
			halve(image.submat(0, evenRows, 0, evenCols), scaled.submat(0, evenRows / 2, 0, evenCols / 2));
		}
		if (cols != evenCols && evenRows > 0) {
			halveEdge(image.submat(0, evenRows, evenCols, cols), 0, 1,
					scaled.submat(0, evenRows / 2, evenCols / 2, evenCols / 2 + 1));
		}
		if (rows != evenRows && evenCols > 0) {
			halveEdge(image.submat(evenRows, rows, 0, evenCols), 1, 0,
					scaled.submat(evenRows / 2, evenRows / 2 + 1, 0, evenCols / 2));
		}
		if (rows != evenRows && cols != evenCols) {
			image.submat(evenRows, rows, evenCols, cols)
				.copyTo(scaled.submat(evenRows / 2, evenRows / 2 + 1, evenCols / 2, evenCols / 2 + 1));
		}
		return scaled;
	}

	static int scaledLength(int length) {
		return (length + 1) / 2;
	}

	/** Into {@code target}, a region of the result of exactly half the size. */
	private static void halve(Mat source, Mat target) {
		Imgproc.resize(source, target, new Size(target.cols(), target.rows()), 0, 0, Imgproc.INTER_AREA);
	}

	/**
	 * A one-pixel edge doubled first, so that each 2x2 box of it averages the pixels it
	 * covers.
	 */
	private static void halveEdge(Mat edge, int bottom, int right, Mat target) {
		Mat doubled = new Mat();
		try {
			Core.copyMakeBorder(edge, doubled, 0, bottom, 0, right, Core.BORDER_REPLICATE | Core.BORDER_ISOLATED);
			halve(doubled, target);
		}
		finally {
			doubled.release();
		}
	}

}
