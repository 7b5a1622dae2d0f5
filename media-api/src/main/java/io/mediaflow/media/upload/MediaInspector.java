package io.mediaflow.media.upload;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

import io.mediaflow.common.messaging.ImageFormat;

/**
 * Recognises JPEG, PNG and WAV by their magic bytes and reads what limits need from the header: an image's width
 * and height (without decoding pixels, so that decompression bombs are refused before they cost memory), a WAV's
 * sample layout and duration.
 */
final class MediaInspector {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final int PNG_IHDR = 0x49484452;

	/** JPEG headers hide their size behind EXIF and ICC segments; beyond this many bytes we give up. */
	private static final long MAX_JPEG_HEADER_BYTES = 1024 * 1024;

	private MediaInspector() {
	}

	private static final int RIFF = 0x52494646;

	private static final int WAVE = 0x57415645;

	private static final int FMT = 0x666d7420;

	private static final int DATA = 0x64617461;

	/** Chunks a WAV may carry before its samples (LIST, fact, bext ...); beyond this many we give up. */
	private static final int MAX_WAV_CHUNKS = 32;

	/**
	 * @param totalSize the file's size, for WAVs whose data chunk does not say (streamed recordings)
	 */
	static Optional<InspectedMedia> inspect(InputStream stream, long totalSize) throws IOException {
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
			if (start.length == 8 && ByteBuffer.wrap(start).getInt() == RIFF) {
				return wav(in, totalSize);
			}
			return Optional.empty();
		}
		catch (EOFException ex) {
			return Optional.empty();
		}
	}

	private static Optional<InspectedMedia> wav(DataInputStream in, long totalSize) throws IOException {
		in.skipNBytes(8);
		if (in.readInt() != WAVE) {
			return Optional.empty();
		}
		long offset = 12;
		int channels = 0;
		int sampleRate = 0;
		long byteRate = 0;
		for (int chunk = 0; chunk < MAX_WAV_CHUNKS; chunk++) {
			int id = in.readInt();
			long size = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
			offset += 8;
			if (id == FMT) {
				if (size < 16) {
					return Optional.empty();
				}
				int audioFormat = Short.toUnsignedInt(Short.reverseBytes(in.readShort()));
				channels = Short.toUnsignedInt(Short.reverseBytes(in.readShort()));
				sampleRate = Integer.reverseBytes(in.readInt());
				byteRate = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
				if (!WAV_FORMATS.contains(audioFormat) || channels < 1 || channels > 8 || sampleRate < 1000
						|| sampleRate > 768_000 || byteRate == 0) {
					return Optional.empty();
				}
				in.skipNBytes(size - 12 + (size & 1));
			}
			else if (id == DATA) {
				if (byteRate == 0) {
					return Optional.empty(); // samples before their format
				}
				long dataSize = Math.min(size, Math.max(0, totalSize - offset));
				if (dataSize == 0) {
					return Optional.empty();
				}
				return Optional.of(new InspectedMedia.Audio(channels, sampleRate, dataSize * 1000 / byteRate));
			}
			else {
				in.skipNBytes(size + (size & 1));
			}
			offset += size + (size & 1);
		}
		return Optional.empty();
	}

	/** PCM, IEEE float, A-law, mu-law, and the extensible header that wraps them. */
	private static final java.util.Set<Integer> WAV_FORMATS = java.util.Set.of(1, 3, 6, 7, 0xFFFE);

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

	/** How far from the end an image's end marker may sit (some cameras append a few bytes after it). */
	static final int END_MARKER_WINDOW = 64;

	/**
	 * Whether the last bytes of an image hold its end marker (JPEG's EOI, PNG's IEND chunk): a file cut short in
	 * transit has none, and would only fail later, on a worker.
	 */
	static boolean endsProperly(ImageFormat format, byte[] tail) {
		for (int i = tail.length - 2; i >= 0; i--) {
			if (format == ImageFormat.JPEG && (tail[i] & 0xFF) == 0xFF && (tail[i + 1] & 0xFF) == 0xD9) {
				return true;
			}
			if (format == ImageFormat.PNG && i + 4 <= tail.length && tail[i] == 'I' && tail[i + 1] == 'E'
					&& tail[i + 2] == 'N' && tail[i + 3] == 'D') {
				return true;
			}
		}
		return false;
	}

	private static boolean isStartOfFrame(int marker) {
		return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
	}

	private static Optional<InspectedMedia> valid(ImageFormat format, int width, int height) {
		return (width > 0 && height > 0) ? Optional.of(new InspectedMedia.Image(format, width, height))
				: Optional.empty();
	}

}
