package io.mediaflow.worker.image;

import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The scaled variant is Pillow's {@code reduce(2)}: half of each side rounded up, every
 * pixel the mean of the 2x2 box it covers, on odd sides the mean of the two pixels (or
 * the one) the last box covers.
 */
class ScaleImageTests {

	@BeforeAll
	static void loadOpenCv() {
		new ImagePipeline(KernelUnderTest.settings());
	}

	@ParameterizedTest
	@CsvSource({ "1, 1, 1, 1", "2, 2, 1, 1", "3, 5, 2, 3", "1921, 1081, 961, 541", "1920, 1080, 960, 540", "1, 7, 1, 4",
			"6, 1, 3, 1" })
	void halvesEachSideRoundedUp(int cols, int rows, int scaledCols, int scaledRows) {
		Mat scaled = ScaleImage.apply(new Mat(rows, cols, CvType.CV_8UC3));

		assertThat(scaled.cols()).isEqualTo(scaledCols);
		assertThat(scaled.rows()).isEqualTo(scaledRows);
		assertThat(scaled.type()).isEqualTo(CvType.CV_8UC3);
	}

	@ParameterizedTest
	@CsvSource({ "7, 5, CV_8UC3", "7, 5, CV_8UC1", "5, 6, CV_8UC4", "6, 5, CV_8UC3", "9, 7, CV_16UC4",
			"41, 23, CV_8UC3", "1, 3, CV_8UC3", "3, 1, CV_8UC1" })
	void everyPixelIsTheMeanOfTheBoxItCovers(int cols, int rows, String typeName) throws Exception {
		int type = CvType.class.getField(typeName).getInt(null);
		int max = (CvType.depth(type) == CvType.CV_16U) ? 65_535 : 255;
		Mat image = new Mat(rows, cols, type);
		Random random = new Random(cols * 31L + rows);
		int channels = image.channels();
		for (int y = 0; y < rows; y++) {
			for (int x = 0; x < cols; x++) {
				double[] pixel = new double[channels];
				for (int c = 0; c < channels; c++) {
					pixel[c] = random.nextInt(max + 1);
				}
				image.put(y, x, pixel);
			}
		}

		Mat scaled = ScaleImage.apply(image);

		for (int y = 0; y < scaled.rows(); y++) {
			for (int x = 0; x < scaled.cols(); x++) {
				for (int c = 0; c < channels; c++) {
					assertThat(scaled.get(y, x)[c]).as("pixel (%d, %d), channel %d", x, y, c)
						.isCloseTo(boxMean(image, x, y, c), within(0.5));
				}
			}
		}
	}

	private static double boxMean(Mat image, int x, int y, int channel) {
		double sum = 0;
		int count = 0;
		for (int sy = 2 * y; sy < Math.min(2 * y + 2, image.rows()); sy++) {
			for (int sx = 2 * x; sx < Math.min(2 * x + 2, image.cols()); sx++) {
				sum += image.get(sy, sx)[channel];
				count++;
			}
		}
		return sum / count;
	}

}
