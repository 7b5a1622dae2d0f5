package io.mediaflow.media.upload;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import javax.imageio.ImageIO;

import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.testing.HostileMedia;
import io.mediaflow.testing.TestAudio;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MediaInspectorTests {

	@Test
	void readsTheSizeOfAJpeg() throws IOException {
		assertThat(inspect(TestImages.jpeg(640, 480)))
			.contains(new InspectedMedia.Image(ImageFormat.JPEG, 640, 480, 3, 1));
	}

	@Test
	void readsTheSizeOfAJpegBehindAnExifSegment() throws IOException {
		assertThat(inspect(TestImages.jpegWithExifOrientation(300, 200, 6)))
			.contains(new InspectedMedia.Image(ImageFormat.JPEG, 300, 200, 3, 1));
	}

	@Test
	void readsTheSizeOfAPng() throws IOException {
		assertThat(inspect(TestImages.pngWithAlpha(33, 17)))
			.contains(new InspectedMedia.Image(ImageFormat.PNG, 33, 17, 4, 1));
	}

	@Test
	void readsTheDeclaredSizeOfAPngBombWithoutDecodingIt() throws IOException {
		byte[] png = TestImages.png(10, 10);
		ByteBuffer.wrap(png, 16, 8).putInt(30000).putInt(30000);

		assertThat(inspect(png))
			.hasValueSatisfying((media) -> assertThat(((InspectedMedia.Image) media).pixels()).isEqualTo(900_000_000L));
	}

	@Test
	void countsTheDecodedBytesOfA16BitRgbaPng() throws IOException {
		assertThat(inspect(HostileMedia.png16BitRgba(70, 50))).hasValueSatisfying(
				(media) -> assertThat(((InspectedMedia.Image) media).decodedBytes()).isEqualTo(70L * 50 * 4 * 2));
	}

	@Test
	void countsGreyPngsAsOneChannelAndPalettesAsFour() throws IOException {
		assertThat(inspect(withPngLayout(TestImages.png(10, 10), 0, 8)))
			.contains(new InspectedMedia.Image(ImageFormat.PNG, 10, 10, 1, 1));
		assertThat(inspect(withPngLayout(TestImages.png(10, 10), 0, 16)))
			.contains(new InspectedMedia.Image(ImageFormat.PNG, 10, 10, 1, 2));
		assertThat(inspect(withPngLayout(TestImages.png(10, 10), 3, 4)))
			.contains(new InspectedMedia.Image(ImageFormat.PNG, 10, 10, 4, 1));
	}

	@Test
	void refusesAPngWithAnImpossibleColourTypeOrDepth() throws IOException {
		assertThat(inspect(withPngLayout(TestImages.png(10, 10), 5, 8))).isEmpty();
		assertThat(inspect(withPngLayout(TestImages.png(10, 10), 6, 4))).isEmpty();
		assertThat(inspect(withPngLayout(TestImages.png(10, 10), 3, 16))).isEmpty();
	}

	@Test
	void seesTheFrameLibjpegDecodesBehindATemOrRstMarker() throws IOException {
		byte[] jpeg = TestImages.jpeg(120, 80);

		for (int marker : new int[] { 0x01, 0xD0, 0xD7 }) {
			byte[] decoyed = HostileMedia.jpegWithDecoyFrameAfter(marker, jpeg, 16, 16);
			assertThat(decodedSize(decoyed)).as("libjpeg (ImageIO)").containsExactly(120, 80);
			assertThat(inspect(decoyed)).as("marker %02X", marker)
				.contains(new InspectedMedia.Image(ImageFormat.JPEG, 120, 80, 3, 1));
		}
	}

	@Test
	void seesTheBombLibjpegWouldDecodeBehindADecoy() throws IOException {
		byte[] bomb = HostileMedia.jpegWithDecoyFrameAfter(0x01,
				HostileMedia.jpegDeclaring(TestImages.jpeg(64, 48), 30000, 30000), 64, 48);

		assertThat(inspect(bomb))
			.hasValueSatisfying((media) -> assertThat(((InspectedMedia.Image) media).pixels()).isEqualTo(900_000_000L));
	}

	@Test
	void skipsJunkStuffedZerosAndFillBytesBeforeAMarkerAsLibjpegDoes() throws IOException {
		byte[] jpeg = HostileMedia.jpegWithJunkBetweenSegments(TestImages.jpeg(90, 60));

		assertThat(decodedSize(jpeg)).as("libjpeg (ImageIO)").containsExactly(90, 60);
		assertThat(inspect(jpeg)).contains(new InspectedMedia.Image(ImageFormat.JPEG, 90, 60, 3, 1));
	}

	@Test
	void refusesAJpegWithAMarkerLibjpegRefuses() throws IOException {
		byte[] jpeg = TestImages.jpeg(32, 32);

		for (int marker : new int[] { 0xD8, 0xDA, 0xD9, 0xC8, 0xF0, 0xDE, 0x02 }) {
			byte[] hostile = jpeg.clone();
			hostile[3] = (byte) marker; // the first segment after SOI (APP0) becomes this
										// marker
			assertThat(inspect(hostile)).as("marker %02X", marker).isEmpty();
		}
		byte[] hierarchical = jpeg.clone();
		int sof = indexOf(hierarchical, (byte) 0xFF, (byte) 0xC0);
		hierarchical[sof + 1] = (byte) 0xC5;
		assertThat(inspect(hierarchical)).isEmpty();
	}

	@Test
	void refusesTextNamedLikeAnImage() throws IOException {
		assertThat(inspect("just some text, not a jpeg".getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	@Test
	void refusesAnEmptyOrTinyFile() throws IOException {
		assertThat(inspect(new byte[0])).isEmpty();
		assertThat(inspect(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
	}

	@Test
	void refusesAJpegCutBeforeItsFrameHeader() throws IOException {
		byte[] jpeg = TestImages.jpegWithExifOrientation(100, 100, 1);

		assertThat(inspect(Arrays.copyOf(jpeg, 30))).isEmpty();
	}

	@Test
	void tellsACompleteImageFromATruncatedOne() {
		byte[] jpeg = TestImages.jpeg(64, 48);
		byte[] png = TestImages.png(64, 48);

		assertThat(MediaInspector.endsProperly(ImageFormat.JPEG, tail(jpeg, jpeg.length))).isTrue();
		assertThat(MediaInspector.endsProperly(ImageFormat.JPEG, tail(jpeg, jpeg.length - 100))).isFalse();
		assertThat(MediaInspector.endsProperly(ImageFormat.PNG, tail(png, png.length))).isTrue();
		assertThat(MediaInspector.endsProperly(ImageFormat.PNG, tail(png, png.length - 20))).isFalse();
	}

	private static byte[] tail(byte[] bytes, int length) {
		return Arrays.copyOfRange(bytes, Math.max(0, length - MediaInspector.END_MARKER_WINDOW), length);
	}

	@Test
	void readsTheDurationOfAWav() throws IOException {
		assertThat(inspect(TestAudio.wav(2.5, 44100, 2))).contains(new InspectedMedia.Audio(2, 44100, 2500));
	}

	@Test
	void refusesAWavWithoutSamplesOrFormat() throws IOException {
		byte[] wav = TestAudio.wav(1, 8000, 1);

		assertThat(inspect(Arrays.copyOf(wav, 44))).isEmpty();
		assertThat(inspect(Arrays.copyOf(wav, 20))).isEmpty();
		byte[] notWave = wav.clone();
		notWave[8] = 'A';
		assertThat(inspect(notWave)).isEmpty();
	}

	@Test
	void refusesAWavWhoseByteRateOrBlockAlignContradictsItsSampleLayout() {
		byte[] wav = TestAudio.wav(1, 44100, 2);

		assertThatExceptionOfType(InconsistentHeaderException.class)
			.isThrownBy(() -> inspect(HostileMedia.wavWithByteRate(wav, 2_000_000_000L)))
			.withMessageContaining("byte rate of 2000000000");
		assertThatExceptionOfType(InconsistentHeaderException.class)
			.isThrownBy(() -> inspect(HostileMedia.wavWithByteRate(wav, 44100 * 4 - 1)));
		assertThatExceptionOfType(InconsistentHeaderException.class)
			.isThrownBy(() -> inspect(HostileMedia.wavWithBlockAlign(wav, 1)))
			.withMessageContaining("block align of 1");
	}

	@Test
	void refusesAWavWithImpossibleChannelsRateOrSampleSize() {
		byte[] wav = TestAudio.wav(0.1, 8000, 1);
		byte[] noChannels = wav.clone();
		ByteBuffer.wrap(noChannels, 22, 2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 0);
		byte[] slowRate = wav.clone();
		ByteBuffer.wrap(slowRate, 24, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(10);
		byte[] twelveBits = wav.clone();
		ByteBuffer.wrap(twelveBits, 34, 2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 12);

		for (byte[] hostile : new byte[][] { noChannels, slowRate, twelveBits }) {
			assertThatExceptionOfType(InconsistentHeaderException.class).isThrownBy(() -> inspect(hostile));
		}
	}

	@Test
	void takesTheFileSizeWhenTheDataChunkClaimsMore() throws IOException {
		byte[] wav = TestAudio.wav(1, 8000, 1);
		ByteBuffer.wrap(wav, 40, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(-1);

		assertThat(inspect(wav)).contains(new InspectedMedia.Audio(1, 8000, 1000));
	}

	/**
	 * A PNG's IHDR with another colour type and bit depth (enough for the header reader).
	 */
	private static byte[] withPngLayout(byte[] png, int colourType, int bitDepth) {
		byte[] changed = png.clone();
		changed[24] = (byte) bitDepth;
		changed[25] = (byte) colourType;
		return changed;
	}

	/** What the JDK's JPEG reader (libjpeg 6b) decodes: width and height. */
	private static int[] decodedSize(byte[] jpeg) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
		return new int[] { image.getWidth(), image.getHeight() };
	}

	private static int indexOf(byte[] bytes, byte first, byte second) {
		for (int i = 0; i + 1 < bytes.length; i++) {
			if (bytes[i] == first && bytes[i + 1] == second) {
				return i;
			}
		}
		throw new IllegalArgumentException("not found");
	}

	private static Optional<InspectedMedia> inspect(byte[] bytes) throws IOException {
		return MediaInspector.inspect(new ByteArrayInputStream(bytes), bytes.length);
	}

}
