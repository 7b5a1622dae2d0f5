package io.mediaflow.media.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaInspectorTests {

	@Test
	void readsTheSizeOfAJpeg() throws IOException {
		assertThat(inspect(TestImages.jpeg(640, 480))).contains(new InspectedMedia(ImageFormat.JPEG, 640, 480));
	}

	@Test
	void readsTheSizeOfAJpegBehindAnExifSegment() throws IOException {
		assertThat(inspect(TestImages.jpegWithExifOrientation(300, 200, 6)))
			.contains(new InspectedMedia(ImageFormat.JPEG, 300, 200));
	}

	@Test
	void readsTheSizeOfAPng() throws IOException {
		assertThat(inspect(TestImages.pngWithAlpha(33, 17))).contains(new InspectedMedia(ImageFormat.PNG, 33, 17));
	}

	@Test
	void readsTheDeclaredSizeOfAPngBombWithoutDecodingIt() throws IOException {
		byte[] png = TestImages.png(10, 10);
		ByteBuffer.wrap(png, 16, 8).putInt(30000).putInt(30000);

		assertThat(inspect(png)).hasValueSatisfying((media) -> assertThat(media.pixels()).isEqualTo(900_000_000L));
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

	private static Optional<InspectedMedia> inspect(byte[] bytes) throws IOException {
		return MediaInspector.inspect(new ByteArrayInputStream(bytes));
	}

}
