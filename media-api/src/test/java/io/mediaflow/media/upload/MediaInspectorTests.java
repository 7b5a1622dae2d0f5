package io.mediaflow.media.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.testing.TestAudio;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaInspectorTests {

	@Test
	void readsTheSizeOfAJpeg() throws IOException {
		assertThat(inspect(TestImages.jpeg(640, 480))).contains(new InspectedMedia.Image(ImageFormat.JPEG, 640, 480));
	}

	@Test
	void readsTheSizeOfAJpegBehindAnExifSegment() throws IOException {
		assertThat(inspect(TestImages.jpegWithExifOrientation(300, 200, 6)))
			.contains(new InspectedMedia.Image(ImageFormat.JPEG, 300, 200));
	}

	@Test
	void readsTheSizeOfAPng() throws IOException {
		assertThat(inspect(TestImages.pngWithAlpha(33, 17))).contains(new InspectedMedia.Image(ImageFormat.PNG, 33, 17));
	}

	@Test
	void readsTheDeclaredSizeOfAPngBombWithoutDecodingIt() throws IOException {
		byte[] png = TestImages.png(10, 10);
		ByteBuffer.wrap(png, 16, 8).putInt(30000).putInt(30000);

		assertThat(inspect(png)).hasValueSatisfying(
				(media) -> assertThat(((InspectedMedia.Image) media).pixels()).isEqualTo(900_000_000L));
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
	void takesTheFileSizeWhenTheDataChunkClaimsMore() throws IOException {
		byte[] wav = TestAudio.wav(1, 8000, 1);
		ByteBuffer.wrap(wav, 40, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(-1);

		assertThat(inspect(wav)).contains(new InspectedMedia.Audio(1, 8000, 1000));
	}

	private static Optional<InspectedMedia> inspect(byte[] bytes) throws IOException {
		return MediaInspector.inspect(new ByteArrayInputStream(bytes), bytes.length);
	}

}
