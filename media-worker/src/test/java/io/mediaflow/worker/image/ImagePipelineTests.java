package io.mediaflow.worker.image;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.mediaflow.common.files.ImageVariant;
import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImagePipelineTests {

	private static final ImageProcessingProperties SETTINGS = KernelUnderTest.settings();

	private static ImagePipeline pipeline;

	@BeforeAll
	static void loadOpenCv() {
		pipeline = new ImagePipeline(SETTINGS);
	}

	@Test
	void rotatesAQuarterTurnClockwise() {
		Mat source = DecodeImage.apply(TestImages.png(40, 20), ImageFormat.PNG, SETTINGS);
		Mat rotated = RotateImage.apply(source);

		assertThat(rotated.cols()).isEqualTo(20);
		assertThat(rotated.rows()).isEqualTo(40);
		// clockwise: the source's bottom-left pixel becomes the top-left one
		assertThat(rotated.get(0, 0)).containsExactly(source.get(source.rows() - 1, 0));
		assertThat(rotated.get(0, rotated.cols() - 1)).containsExactly(source.get(0, 0));
	}

	@Test
	void convertsToOneChannel() {
		Mat gray = ConvertToGray.apply(DecodeImage.apply(TestImages.jpeg(64, 48), ImageFormat.JPEG, SETTINGS));

		assertThat(gray.channels()).isEqualTo(1);
		assertThat(gray.size().width).isEqualTo(64);
	}

	@Test
	void halvesBothSidesRoundedWithTheAspectKept() {
		Mat scaled = ScaleImage.apply(DecodeImage.apply(TestImages.png(101, 51), ImageFormat.PNG, SETTINGS));

		assertThat(scaled.cols()).isEqualTo(51);
		assertThat(scaled.rows()).isEqualTo(26);
		assertThat(ScaleImage.scaledLength(1)).isEqualTo(1);
		assertThat(ScaleImage.scaledLength(1920)).isEqualTo(960);
	}

	@Test
	void producesTheThreeVariantsInTheSourceFormat() {
		Map<ImageVariant, Mat> jpeg = decodeAll(pipeline.process(TestImages.jpeg(320, 200), ImageFormat.JPEG));

		assertThat(jpeg).containsOnlyKeys(ImageVariant.ROTATED, ImageVariant.GRAY, ImageVariant.SCALED);
		assertThat(size(jpeg.get(ImageVariant.ROTATED))).containsExactly(200, 320);
		assertThat(size(jpeg.get(ImageVariant.GRAY))).containsExactly(320, 200);
		assertThat(jpeg.get(ImageVariant.GRAY).channels()).isEqualTo(1);
		assertThat(size(jpeg.get(ImageVariant.SCALED))).containsExactly(160, 100);
		assertThat(jpeg.get(ImageVariant.ROTATED).channels()).isEqualTo(3);
		assertThat(pipeline.process(TestImages.jpeg(320, 200), ImageFormat.JPEG))
			.allSatisfy((output) -> assertThat(Arrays.copyOf(output.bytes(), 3)).containsExactly(0xFF, 0xD8, 0xFF));
	}

	@Test
	void keepsSixteenBitDepthInPngVariants() {
		Mat deep = new Mat(30, 50, CvType.CV_16UC4, new Scalar(40_000, 20_000, 1_000, 65_535));
		Map<ImageVariant, Mat> png = decodeAll(
				pipeline.process(EncodeImage.apply(deep, ImageFormat.PNG, 3), ImageFormat.PNG));

		assertThat(png.get(ImageVariant.ROTATED).depth()).isEqualTo(CvType.CV_16U);
		assertThat(png.get(ImageVariant.SCALED).depth()).isEqualTo(CvType.CV_16U);
		assertThat(png.get(ImageVariant.GRAY).depth()).isEqualTo(CvType.CV_16U);
		assertThat(png.get(ImageVariant.GRAY).get(0, 0)[3]).isEqualTo(65_535);
		assertThat(size(png.get(ImageVariant.ROTATED))).containsExactly(30, 50);
		assertThat(size(png.get(ImageVariant.SCALED))).containsExactly(25, 15);
		assertThat(png.get(ImageVariant.ROTATED).get(0, 0)).containsExactly(40_000, 20_000, 1_000, 65_535);
	}

	@Test
	void refusesAnImageWhoseDecodedBytesExceedTheLimitBeforeDecodingIt() {
		// 400 x 300 x 4 channels x 2 bytes = 960 000 bytes decoded, from a file of a few
		// kilobytes
		byte[] deep = EncodeImage.apply(new Mat(300, 400, CvType.CV_16UC4, new Scalar(0, 0, 0, 65_535)),
				ImageFormat.PNG, 9);
		ImagePipeline bounded = new ImagePipeline(KernelUnderTest.settings(900_000));

		assertThat(deep.length).isLessThan(20_000);
		assertThatThrownBy(() -> bounded.process(deep, ImageFormat.PNG)).isInstanceOf(UndecodableImageException.class)
			.hasMessageContaining("400x300 with 4 channels of 16 bits");
		assertThat(bounded.process(TestImages.png(400, 300), ImageFormat.PNG)).hasSize(3);
	}

	@Test
	void keepsTransparencyInEveryPngVariantWithGrayAsOneChannelPlusAlpha() {
		List<EncodedImage> outputs = pipeline.process(TestImages.pngWithAlpha(60, 30), ImageFormat.PNG);
		Map<ImageVariant, Mat> png = decodeAll(outputs);

		assertThat(outputs).allSatisfy(
				(output) -> assertThat(Arrays.copyOf(output.bytes(), 4)).containsExactly((byte) 0x89, 'P', 'N', 'G'));
		assertThat(png.get(ImageVariant.ROTATED).channels()).isEqualTo(4);
		assertThat(png.get(ImageVariant.SCALED).channels()).isEqualTo(4);
		assertThat(pngColourType(outputs, ImageVariant.GRAY)).as("PNG colour type 4: gray + alpha").isEqualTo(4);
		// the left half is transparent: after a clockwise turn it is the top half
		assertThat(png.get(ImageVariant.ROTATED).get(0, 0)[3]).isZero();
		assertThat(png.get(ImageVariant.GRAY).get(0, 0)[3]).isZero();
		assertThat(png.get(ImageVariant.GRAY).get(0, 59)[3]).isEqualTo(128);
	}

	@Test
	void graysAPngWithoutAlphaToOneChannel() {
		List<EncodedImage> outputs = pipeline.process(TestImages.png(60, 30), ImageFormat.PNG);

		assertThat(pngColourType(outputs, ImageVariant.GRAY)).as("PNG colour type 0: gray").isZero();
	}

	@Test
	void appliesTheExifOrientationBeforeTransforming() {
		Map<ImageVariant, Mat> outputs = decodeAll(
				pipeline.process(TestImages.jpegWithExifOrientation(300, 200, 6), ImageFormat.JPEG));

		// shown upright the photo is 200 wide and 300 high; turned clockwise it is 300 x
		// 200
		assertThat(size(outputs.get(ImageVariant.GRAY))).containsExactly(200, 300);
		assertThat(size(outputs.get(ImageVariant.ROTATED))).containsExactly(300, 200);
		assertThat(size(outputs.get(ImageVariant.SCALED))).containsExactly(100, 150);
	}

	@Test
	void refusesATruncatedImage() {
		byte[] jpeg = TestImages.jpeg(200, 100);
		byte[] truncated = Arrays.copyOf(jpeg, 200);

		assertThatThrownBy(() -> pipeline.process(truncated, ImageFormat.JPEG))
			.isInstanceOf(UndecodableImageException.class);
	}

	@Test
	void refusesBytesThatAreNoImage() {
		assertThatThrownBy(() -> pipeline.process("hello".getBytes(), ImageFormat.PNG))
			.isInstanceOf(UndecodableImageException.class);
	}

	private static Map<ImageVariant, Mat> decodeAll(List<EncodedImage> outputs) {
		return outputs.stream()
			.collect(Collectors.toMap(EncodedImage::variant,
					(output) -> Imgcodecs.imdecode(new MatOfByte(output.bytes()), Imgcodecs.IMREAD_UNCHANGED),
					(a, b) -> a));
	}

	private static int pngColourType(List<EncodedImage> outputs, ImageVariant variant) {
		return outputs.stream().filter((output) -> output.variant() == variant).findFirst().orElseThrow().bytes()[25];
	}

	private static int[] size(Mat image) {
		return new int[] { image.cols(), image.rows() };
	}

}
