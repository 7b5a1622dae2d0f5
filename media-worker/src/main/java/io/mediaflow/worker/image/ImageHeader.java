package io.mediaflow.worker.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.mediaflow.common.messaging.ImageFormat;

/**
 * What an image file says about its pixels, read before anything is decoded: enough to
 * know how many bytes the decoded image takes. Channels and sample size are those of the
 * decode the pipeline asks OpenCV for: JPEGs are decoded to three 8-bit channels; PNGs
 * keep their layout (a palette counts as four channels, since transparency may come with
 * it). A JPEG's EXIF orientation is read too (1, the normal one, when there is none).
 */
record ImageHeader(int width, int height, int channels, int bytesPerSample, int orientation) {

	private static final byte[] EXIF_HEADER = { 'E', 'x', 'i', 'f', 0, 0 };

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
		return checked(width, height, channels, (bitDepth == 16) ? 2 : 1, 1);
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
		int orientation = 1;
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
				return checked(int16(bytes, at + 5), int16(bytes, at + 3), 3, 1, orientation);
			}
			if (marker == 0xE1 && length >= 2) {
				orientation = exifOrientation(bytes, at + 2, Math.min(bytes.length, at + length));
			}
			if (length < 2) {
				break;
			}
			at += length;
		}
		throw new UndecodableImageException("The JPEG has no frame header (corrupt or truncated)");
	}

	/**
	 * The orientation tag (0x0112) of an APP1 segment's first TIFF directory, 1 when the
	 * segment is no EXIF or has none.
	 */
	private static int exifOrientation(byte[] bytes, int from, int to) {
		int tiff = from + EXIF_HEADER.length;
		if (tiff + 8 > to || !Arrays.equals(bytes, from, tiff, EXIF_HEADER, 0, EXIF_HEADER.length)) {
			return 1;
		}
		boolean littleEndian = bytes[tiff] == 'I';
		long directory = tiff + unsigned32(bytes, tiff + 4, littleEndian);
		if (directory + 2 > to) {
			return 1;
		}
		int entries = unsigned16(bytes, (int) directory, littleEndian);
		for (int i = 0; i < entries; i++) {
			int entry = (int) directory + 2 + 12 * i;
			if (entry + 12 > to) {
				break;
			}
			if (unsigned16(bytes, entry, littleEndian) == 0x0112) {
				int orientation = unsigned16(bytes, entry + 8, littleEndian);
				return (orientation >= 1 && orientation <= 8) ? orientation : 1;
			}
		}
		return 1;
	}

	private static int unsigned16(byte[] bytes, int at, boolean littleEndian) {
		return littleEndian ? ((bytes[at + 1] & 0xFF) << 8) | (bytes[at] & 0xFF) : int16(bytes, at);
	}

	private static long unsigned32(byte[] bytes, int at, boolean littleEndian) {
		long high = unsigned16(bytes, littleEndian ? at + 2 : at, littleEndian);
		long low = unsigned16(bytes, littleEndian ? at : at + 2, littleEndian);
		return (high << 16) | low;
	}

	private static ImageHeader checked(int width, int height, int channels, int bytesPerSample, int orientation) {
		if (width <= 0 || height <= 0) {
			throw new UndecodableImageException("The image header gives no usable dimensions");
		}
		return new ImageHeader(width, height, channels, bytesPerSample, orientation);
	}

	private static int int16(byte[] bytes, int at) {
		return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
	}

	private static int int32(byte[] bytes, int at) {
		return (int16(bytes, at) << 16) | int16(bytes, at + 2);
	}

}
