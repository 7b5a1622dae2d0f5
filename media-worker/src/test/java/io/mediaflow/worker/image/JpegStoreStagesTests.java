package io.mediaflow.worker.image;

import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

import static org.assertj.core.api.Assertions.assertThat;

class JpegStoreStagesTests {

	private static final ImageProcessingProperties SETTINGS = KernelUnderTest.settings();

	@BeforeAll
	static void loadOpenCv() {
		OpenCvLoader.ensureLoaded(SETTINGS.kernel());
	}

	@Test
	void laysTransparentPixelsOverWhite() {
		Mat flat = FlattenOnWhite.apply(DecodeImage.apply(TestImages.pngWithAlpha(40, 20), ImageFormat.PNG, SETTINGS));

		assertThat(flat.channels()).isEqualTo(3);
		assertThat(flat.get(5, 5)).containsExactly(255, 255, 255); // the left half is
																	// fully transparent
	}

	@Test
	void fitsInsideTheBoxKeepingTheAspect() {
		Mat image = DecodeImage.apply(TestImages.jpeg(400, 300), ImageFormat.JPEG, SETTINGS);

		assertThat(size(FitInside.apply(image, 200, null))).containsExactly(200, 150);
		assertThat(size(FitInside.apply(image, null, 100))).containsExactly(133, 100);
		assertThat(size(FitInside.apply(image, 200, 50))).containsExactly(66, 50);
	}

	@Test
	void neverEnlarges() {
		Mat image = DecodeImage.apply(TestImages.jpeg(400, 300), ImageFormat.JPEG, SETTINGS);

		assertThat(size(FitInside.apply(image, 1000, 1000))).containsExactly(400, 300);
		assertThat(size(FitInside.apply(image, null, null))).containsExactly(400, 300);
	}

	private static int[] size(Mat image) {
		return new int[] { image.cols(), image.rows() };
	}

}
