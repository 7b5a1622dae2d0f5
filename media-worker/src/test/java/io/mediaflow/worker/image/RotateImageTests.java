package io.mediaflow.worker.image;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

import static org.assertj.core.api.Assertions.assertThat;

class RotateImageTests {

	@BeforeAll
	static void loadOpenCv() {
		new ImagePipeline(KernelUnderTest.settings());
	}

	@ParameterizedTest
	@CsvSource({ "8, 1", "8, 3", "8, 4", "16, 4" })
	void givesExactlyThePixelsOfOpenCvsClockwiseRotation(int bits, int channels) {
		int type = CvType.makeType((bits == 16) ? CvType.CV_16U : CvType.CV_8U, channels);
		Mat source = new Mat(37, 53, type);
		Core.randu(source, 0, 65535);
		Mat expected = new Mat();
		Core.rotate(source, expected, Core.ROTATE_90_CLOCKWISE);

		Mat rotated = RotateImage.apply(source);

		assertThat(rotated.size()).isEqualTo(expected.size());
		assertThat(rotated.type()).isEqualTo(type);
		Mat difference = new Mat();
		Core.absdiff(rotated, expected, difference);
		assertThat(Core.countNonZero(difference.reshape(1))).isZero();
	}

}
