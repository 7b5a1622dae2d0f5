package io.mediaflow.worker.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.mediaflow.common.messaging.ImageFormat;

/**
 * What an image file says about its pixels, read before anything is decoded: enough to
 * know how many bytes the decoded image takes. Channels and sample size are those of the
 * decode the pipeline asks OpenCV for: JPEGs are decoded to three 8-bit channels; PNGs
 * keep their layout (a palette counts as four channels, since transparency may come with
 * it).
 */
record ImageHeader(int width, int height, int channels, int bytesPerSample) {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	long pixels() {
		return (long) this.width * this.height;
	}

	long decodedBytes() {
		return pixels() * this.channels * this.bytesPerSample;
	}

	static ImageHeader read(byte[] bytes, ImageFormat format) {
		return (format == ImageFormat.JPEG) ? readJpeg(bytes) : readPng(bytes);
	}

	private static ImageHeader readPng(byte[] bytes) {
		if (bytes.length < 26 || !Arrays.equals(bytes, 0, 8, PNG_SIGNATURE, 0, 8)
				|| !"IHDR".equals(new String(bytes, 12, 4, StandardCharsets.US_ASCII))) {
			throw new UndecodableImageException("The PNG has no valid header");
		}
		int width = int32(bytes, 16);
		int height = int32(bytes, 20);
		int bitDepth = bytes[24] & 0xFF;
		int channels = switch (bytes[25] & 0xFF) {
			case 0 -> 1;
			case 2 -> 3;
			case 3, 4, 6 -> 4;
			default -> throw new UndecodableImageException("The PNG has an unknown colour type");
		};
		return checked(width, height, channels, (bitDepth == 16) ? 2 : 1);
	}

	/**
	 * Walks the markers as libjpeg does until the first start-of-frame: SOI, EOI, TEM and
	 * RSTn stand alone, every other marker carries a length, and bytes between segments
	 * that are no marker are skipped.
	 */
	private static ImageHeader readJpeg(byte[] bytes) {
		if (bytes.length < 4 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8) {
			throw new UndecodableImageException("The JPEG has no start-of-image marker");
		}
		int at = 2;
		while (at + 1 < bytes.length) {
			if ((bytes[at] & 0xFF) != 0xFF) {
				at++;
				continue;
			}
			int marker = bytes[at + 1] & 0xFF;
			if (marker == 0xFF) { // fill byte
				at++;
				continue;
			}
			at += 2;
			if (marker == 0x00 || marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
				continue;
			}
			if (marker == 0xD9 || marker == 0xDA || at + 2 > bytes.length) {
				break; // end of image or scan data before any frame header
			}
			int length = int16(bytes, at);
			boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
					&& marker != 0xCC;
			if (startOfFrame) {
				if (at + 8 > bytes.length) {
					break;
				}
				return checked(int16(bytes, at + 5), int16(bytes, at + 3), 3, 1);
			}
			if (length < 2) {
				break;
			}
			at += length;
		}
		throw new UndecodableImageException("The JPEG has no frame header (corrupt or truncated)");
	}

	private static ImageHeader checked(int width, int height, int channels, int bytesPerSample) {
		if (width <= 0 || height <= 0) {
			throw new UndecodableImageException("The image header gives no usable dimensions");
		}
		return new ImageHeader(width, height, channels, bytesPerSample);
	}

	private static int int16(byte[] bytes, int at) {
		return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
	}

	private static int int32(byte[] bytes, int at) {
		return (int16(bytes, at) << 16) | int16(bytes, at + 2);
	}

}
