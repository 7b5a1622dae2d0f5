package io.mediaflow.worker.image;

import java.util.Arrays;

import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageHeaderTests {

	@Test
	void readsAJpegsFrameAsThreeEightBitChannels() {
		assertThat(ImageHeader.read(TestImages.jpeg(321, 123), ImageFormat.JPEG))
			.isEqualTo(new ImageHeader(321, 123, 3, 1, 1));
	}

	@Test
	void skipsStandaloneMarkersAndStrayBytesAsLibjpegDoes() {
		byte[] jpeg = TestImages.jpeg(64, 32);
		// after SOI: TEM and RST3 (no length), a stray byte, fill bytes, then the file's
		// own segments
		byte[] noise = { (byte) 0xFF, 0x01, (byte) 0xFF, (byte) 0xD3, 0x42, (byte) 0xFF, (byte) 0xFF };
		byte[] hostile = new byte[jpeg.length + noise.length];
		System.arraycopy(jpeg, 0, hostile, 0, 2);
		System.arraycopy(noise, 0, hostile, 2, noise.length);
		System.arraycopy(jpeg, 2, hostile, 2 + noise.length, jpeg.length - 2);

		assertThat(ImageHeader.read(hostile, ImageFormat.JPEG)).isEqualTo(new ImageHeader(64, 32, 3, 1, 1));
	}

	@Test
	void readsTheExifOrientationInEitherByteOrder() {
		byte[] bigEndian = TestImages.jpegWithExifOrientation(64, 32, 6);
		byte[] littleEndian = bigEndian.clone();
		int tiff = indexOf(littleEndian, new byte[] { 'M', 'M', 0, 0x2A });
		byte[] intel = { 'I', 'I', 0x2A, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0 };
		System.arraycopy(intel, 0, littleEndian, tiff, intel.length);

		assertThat(ImageHeader.read(bigEndian, ImageFormat.JPEG).orientation()).isEqualTo(6);
		assertThat(ImageHeader.read(littleEndian, ImageFormat.JPEG).orientation()).isEqualTo(6);
		assertThat(ImageHeader.read(TestImages.jpegWithExifOrientation(64, 32, 3), ImageFormat.JPEG).orientation())
			.isEqualTo(3);
		assertThat(ImageHeader.read(TestImages.jpeg(64, 32), ImageFormat.JPEG).orientation()).isEqualTo(1);
	}

	@Test
	void readsAPngsLayout() {
		assertThat(ImageHeader.read(TestImages.png(20, 10), ImageFormat.PNG))
			.isEqualTo(new ImageHeader(20, 10, 3, 1, 1));
		assertThat(ImageHeader.read(TestImages.pngWithAlpha(20, 10), ImageFormat.PNG))
			.isEqualTo(new ImageHeader(20, 10, 4, 1, 1));
		assertThat(new ImageHeader(7000, 7000, 4, 2, 1).decodedBytes()).isEqualTo(392_000_000L);
	}

	@Test
	void refusesAFileWithoutAFrameHeader() {
		byte[] jpeg = TestImages.jpeg(64, 32);

		assertThatThrownBy(() -> ImageHeader.read(Arrays.copyOf(jpeg, 20), ImageFormat.JPEG))
			.isInstanceOf(UndecodableImageException.class);
		assertThatThrownBy(() -> ImageHeader.read("hello".getBytes(), ImageFormat.PNG))
			.isInstanceOf(UndecodableImageException.class);
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		for (int i = 0; i + part.length <= bytes.length; i++) {
			if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		throw new IllegalArgumentException("not found");
	}

}
