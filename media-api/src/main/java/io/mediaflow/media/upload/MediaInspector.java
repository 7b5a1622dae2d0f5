package io.mediaflow.media.upload;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

import io.mediaflow.common.messaging.ImageFormat;

/**
 * Recognises JPEG and PNG by their magic bytes and reads width and height from the header, without decoding
 * pixels, so that decompression bombs are refused before they cost memory.
 */
final class MediaInspector {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final int PNG_IHDR = 0x49484452;

	/** JPEG headers hide their size behind EXIF and ICC segments; beyond this many bytes we give up. */
	private static final long MAX_JPEG_HEADER_BYTES = 1024 * 1024;

	private MediaInspector() {
	}

	static Optional<InspectedMedia> inspect(InputStream stream) throws IOException {
		DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 8192));
		in.mark(PNG_SIGNATURE.length);
		byte[] start = in.readNBytes(PNG_SIGNATURE.length);
		in.reset();
		try {
			if (start.length >= 3 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xD8
					&& (start[2] & 0xFF) == 0xFF) {
				return jpeg(in);
			}
			if (Arrays.equals(start, PNG_SIGNATURE)) {
				return png(in);
			}
			return Optional.empty();
		}
		catch (EOFException ex) {
			return Optional.empty();
		}
	}

	private static Optional<InspectedMedia> png(DataInputStream in) throws IOException {
		in.skipNBytes(PNG_SIGNATURE.length);
		int length = in.readInt();
		if (length != 13 || in.readInt() != PNG_IHDR) { // IHDR must come first
			return Optional.empty();
		}
		int width = in.readInt();
		int height = in.readInt();
		return valid(ImageFormat.PNG, width, height);
	}

	private static Optional<InspectedMedia> jpeg(DataInputStream in) throws IOException {
		in.skipNBytes(2); // SOI
		long consumed = 2;
		while (consumed < MAX_JPEG_HEADER_BYTES) {
			if (in.readUnsignedByte() != 0xFF) {
				return Optional.empty();
			}
			int marker = in.readUnsignedByte();
			while (marker == 0xFF) { // fill bytes
				marker = in.readUnsignedByte();
			}
			if (marker == 0xD9 || marker == 0xDA) {
				return Optional.empty(); // end of image or scan data before any frame header
			}
			int length = in.readUnsignedShort();
			if (length < 2) {
				return Optional.empty();
			}
			if (isStartOfFrame(marker)) {
				in.readUnsignedByte(); // sample precision
				int height = in.readUnsignedShort();
				int width = in.readUnsignedShort();
				return valid(ImageFormat.JPEG, width, height);
			}
			in.skipNBytes(length - 2);
			consumed += 2 + length;
		}
		return Optional.empty();
	}

	private static boolean isStartOfFrame(int marker) {
		return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
	}

	private static Optional<InspectedMedia> valid(ImageFormat format, int width, int height) {
		return (width > 0 && height > 0) ? Optional.of(new InspectedMedia(format, width, height)) : Optional.empty();
	}

}
