package io.mediaflow.worker.image;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.mediaflow.common.files.ImageVariant;
import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The JPEG path on TurboJPEG's YCbCr planes gives what the OpenCV path gives, for every
 * chroma sampling and for odd sides, and leaves the files it does not take to OpenCV.
 * Runs where the system's OpenCV and {@code libturbojpeg0} are installed (the build's
 * first image-test JVM; the bundled-kernel JVM skips it).
 */
class JpegPlanesTests {

	private static final ImageProcessingProperties SETTINGS = KernelUnderTest.settings();

	private static final ImagePipeline OPENCV_PATH = new ImagePipeline(
			new ImageProcessingProperties(1, 90, 3, 50_000_000, 268_435_456,
					new ImageProcessingProperties.Kernel(KernelUnderTest.choice(), ImageKernel.DEBIAN_LIBRARY, false)));

	private static JpegPlanes planes;

	@BeforeAll
	static void loadTurboJpeg() {
		ImageKernel kernel = OpenCvLoader.ensureLoaded(SETTINGS.kernel());
		assumeTrue(kernel.isSystem() && TurboJpeg.system().isPresent(),
				"needs the system's OpenCV and TurboJPEG (apt-get install " + ImageKernel.DEBIAN_PACKAGE + " "
						+ ImageKernel.TURBOJPEG_PACKAGE + ")");
		planes = new JpegPlanes(TurboJpeg.system().orElseThrow());
	}

	@ParameterizedTest(name = "{0}x{1}, sampling {2}")
	@CsvSource({ "320, 200, 4:2:0", "121, 67, 4:2:0", "121, 67, 4:2:2", "67, 121, 4:4:0", "65, 33, 4:4:4",
			"96, 96, 4:2:2" })
	void givesTheVariantsOfTheOpenCvPathForEverySamplingAndOddSides(int width, int height, String sampling) {
		byte[] jpeg = jpeg(DecodeImage.decode(TestImages.png(width, height), ImageFormat.PNG), sampling);
		assertThat(frame(jpeg).sampling()).as("the source's sampling").isEqualTo(turboSampling(sampling));
		Mat source = DecodeImage.decode(jpeg, ImageFormat.JPEG);
		Map<ImageVariant, Mat> exact = Map.of(ImageVariant.ROTATED, RotateImage.apply(source), ImageVariant.GRAY,
				ConvertToGray.apply(source), ImageVariant.SCALED, ScaleImage.apply(source));

		Map<ImageVariant, Mat> fromPlanes = decodeAll(process(jpeg).orElseThrow());
		Map<ImageVariant, Mat> fromOpenCv = decodeAll(OPENCV_PATH.process(jpeg, ImageFormat.JPEG)
			.stream()
			.collect(Collectors.toMap(EncodedImage::variant, EncodedImage::bytes, (a, b) -> a)));

		assertThat(size(fromPlanes.get(ImageVariant.ROTATED))).containsExactly(height, width);
		assertThat(fromPlanes.get(ImageVariant.ROTATED).channels()).isEqualTo(3);
		assertThat(size(fromPlanes.get(ImageVariant.GRAY))).containsExactly(width, height);
		assertThat(fromPlanes.get(ImageVariant.GRAY).channels()).isEqualTo(1);
		assertThat(size(fromPlanes.get(ImageVariant.SCALED))).containsExactly((width + 1) / 2, (height + 1) / 2);
		for (ImageVariant variant : exact.keySet()) {
			// both paths end in a q90 encode: what differs from the exact pixels is
			// compression noise, the same amount on either path (a turn the wrong way or
			// a shifted plane differs by tens)
			assertThat(meanDifference(fromPlanes.get(variant), exact.get(variant))).as(variant.name())
				.isLessThan(meanDifference(fromOpenCv.get(variant), exact.get(variant)) + 1.5);
		}
	}

	@Test
	void keepsTheSourcesChromaSamplingTurnedWithTheImage() {
		Mat pixels = DecodeImage.decode(TestImages.png(120, 80), ImageFormat.PNG);

		Map<ImageVariant, byte[]> fromHorizontal = process(jpeg(pixels, "4:2:2")).orElseThrow();
		Map<ImageVariant, byte[]> fromFull = process(jpeg(pixels, "4:4:4")).orElseThrow();

		assertThat(frame(fromHorizontal.get(ImageVariant.ROTATED)).sampling()).isEqualTo(TurboJpeg.SAMPLING_440);
		assertThat(frame(fromHorizontal.get(ImageVariant.SCALED)).sampling()).isEqualTo(TurboJpeg.SAMPLING_422);
		assertThat(frame(fromHorizontal.get(ImageVariant.GRAY)).sampling()).isEqualTo(TurboJpeg.SAMPLING_GRAY);
		assertThat(frame(fromFull.get(ImageVariant.ROTATED)).sampling()).isEqualTo(TurboJpeg.SAMPLING_444);
	}

	@Test
	void leavesToOpenCvWhatItDoesNotTake() {
		Mat pixels = DecodeImage.decode(TestImages.png(120, 80), ImageFormat.PNG);
		Mat grayPixels = ConvertToGray.apply(pixels);
		byte[] jpeg = TestImages.jpeg(400, 300);

		assertThat(process(TestImages.jpegWithExifOrientation(300, 200, 6))).as("an EXIF orientation").isEmpty();
		assertThat(process(jpeg(grayPixels, "4:2:0"))).as("a gray file").isEmpty();
		assertThat(process(jpeg(pixels, "4:1:1"))).as("4:1:1").isEmpty();
		assertThat(process(Arrays.copyOf(jpeg, jpeg.length / 2))).as("a scan cut off halfway").isEmpty();
		assertThat(process(TestImages.jpegWithExifOrientation(300, 200, 1))).as("EXIF saying upright").isPresent();
	}

	@Test
	void thePipelineTakesThisPathForJpegs() {
		ImageKernel kernel = new ImagePipeline(SETTINGS).kernel();

		assertThat(kernel.jpeg()).startsWith("TurboJPEG");
		assertThat(new ImagePipeline(new ImageProcessingProperties(1, 90, 3, 50_000_000, 268_435_456,
				new ImageProcessingProperties.Kernel(KernelUnderTest.choice(), ImageKernel.DEBIAN_LIBRARY, false)))
			.kernel()
			.jpeg()).doesNotContain("TurboJPEG");
	}

	private static Optional<Map<ImageVariant, byte[]>> process(byte[] jpeg) {
		return planes.process(jpeg, ImageHeader.read(jpeg, ImageFormat.JPEG), 90)
			.map((variants) -> variants.stream()
				.collect(Collectors.toMap(EncodedImage::variant, EncodedImage::bytes, (a, b) -> a)));
	}

	/**
	 * A q95 JPEG of {@code pixels} in the given sampling, by libjpeg-turbo's encoder
	 * (OpenCV 4.6's own ignores its sampling option): OpenCV's YCrCb is JPEG's YCbCr, the
	 * chroma planes are area-averaged to the sampling's share.
	 */
	private static byte[] jpeg(Mat pixels, String sampling) {
		if (pixels.channels() == 1) {
			return encode(List.of(pixels), pixels.cols(), pixels.rows(), TurboJpeg.SAMPLING_GRAY);
		}
		int code = turboSampling(sampling);
		int across = (code == TurboJpeg.SAMPLING_420 || code == TurboJpeg.SAMPLING_422) ? 2
				: (code == TurboJpeg.SAMPLING_411) ? 4 : 1;
		int down = (code == TurboJpeg.SAMPLING_420 || code == TurboJpeg.SAMPLING_440) ? 2 : 1;
		int paddedWidth = (pixels.cols() + across - 1) / across * across;
		int paddedHeight = (pixels.rows() + down - 1) / down * down;
		Mat padded = new Mat();
		Core.copyMakeBorder(pixels, padded, 0, paddedHeight - pixels.rows(), 0, paddedWidth - pixels.cols(),
				Core.BORDER_REPLICATE);
		Mat ycrcb = new Mat();
		Imgproc.cvtColor(padded, ycrcb, Imgproc.COLOR_BGR2YCrCb);
		List<Mat> channels = new ArrayList<>();
		Core.split(ycrcb, channels);
		List<Mat> planes = new ArrayList<>(List.of(channels.get(0)));
		for (Mat chroma : List.of(channels.get(2), channels.get(1))) {
			Mat shared = new Mat();
			Imgproc.resize(chroma, shared, new Size(paddedWidth / across, paddedHeight / down), 0, 0,
					Imgproc.INTER_AREA);
			planes.add(shared);
		}
		return encode(planes, pixels.cols(), pixels.rows(), code);
	}

	private static byte[] encode(List<Mat> planes, int width, int height, int sampling) {
		return TurboJpeg.system()
			.orElseThrow()
			.encodeFromPlanes(planes.stream().map((mat) -> MemorySegment.ofAddress(mat.dataAddr())).toList(),
					planes.stream().mapToInt((mat) -> (int) mat.step1(0)).toArray(), width, height, sampling, 95);
	}

	private static int turboSampling(String sampling) {
		return List.of("4:4:4", "4:2:2", "4:2:0", "gray", "4:4:0", "4:1:1").indexOf(sampling);
	}

	private static TurboJpeg.Header frame(byte[] jpeg) {
		try (Arena arena = Arena.ofConfined()) {
			MemorySegment segment = arena.allocate(jpeg.length);
			MemorySegment.copy(jpeg, 0, segment, JAVA_BYTE, 0, jpeg.length);
			return TurboJpeg.system().orElseThrow().header(segment).orElseThrow();
		}
	}

	private static Map<ImageVariant, Mat> decodeAll(Map<ImageVariant, byte[]> variants) {
		return variants.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> decode(entry.getValue())));
	}

	private static Mat decode(byte[] bytes) {
		return Imgcodecs.imdecode(new MatOfByte(bytes), Imgcodecs.IMREAD_UNCHANGED);
	}

	private static double meanDifference(Mat actual, Mat expected) {
		assertThat(size(actual)).isEqualTo(size(expected));
		Mat difference = new Mat();
		Core.absdiff(actual, expected, difference);
		return Arrays.stream(Core.mean(difference).val).limit(actual.channels()).max().orElseThrow();
	}

	private static int[] size(Mat image) {
		return new int[] { image.cols(), image.rows() };
	}

}
