package io.mediaflow.media.upload;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import io.mediaflow.common.messaging.ImageFormat;
import org.jspecify.annotations.Nullable;

/**
 * Recognises JPEG, PNG and WAV by their magic bytes and reads what limits need from the
 * header: an image's width, height, channels and sample size (without decoding pixels, so
 * that decompression bombs are refused before they cost memory), a WAV's sample layout
 * and duration.
 */
final class MediaInspector {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final int PNG_IHDR = 0x49484452;

	/**
	 * JPEG headers hide their size behind EXIF and ICC segments; beyond this many bytes
	 * we give up.
	 */
	private static final int MAX_JPEG_HEADER_BYTES = 1024 * 1024;

	private MediaInspector() {
	}

	private static final int RIFF = 0x52494646;

	private static final int WAVE = 0x57415645;

	private static final int FMT = 0x666d7420;

	private static final int DATA = 0x64617461;

	/**
	 * Chunks a WAV may carry before its samples (LIST, fact, bext ...); beyond this many
	 * we give up.
	 */
	private static final int MAX_WAV_CHUNKS = 32;

	/**
	 * @param totalSize the file's size, for WAVs whose data chunk does not say (streamed
	 * recordings)
	 * @throws InconsistentHeaderException when the header contradicts itself (a WAV's
	 * byte rate that is not its sample rate times its block align)
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
		@Nullable WavFormat format = null;
		for (int chunk = 0; chunk < MAX_WAV_CHUNKS; chunk++) {
			int id = in.readInt();
			long size = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
			offset += 8;
			if (id == FMT) {
				if (size < 16) {
					return Optional.empty();
				}
				format = new WavFormat(littleEndianShort(in), littleEndianShort(in), Integer.reverseBytes(in.readInt()),
						Integer.toUnsignedLong(Integer.reverseBytes(in.readInt())), littleEndianShort(in),
						littleEndianShort(in));
				if (!WAV_FORMATS.contains(format.audioFormat())) {
					return Optional.empty();
				}
				format.checkConsistency();
				in.skipNBytes(size - 16 + (size & 1));
			}
			else if (id == DATA) {
				if (format == null) {
					return Optional.empty(); // samples before their format
				}
				long dataSize = Math.min(size, Math.max(0, totalSize - offset));
				if (dataSize == 0) {
					return Optional.empty();
				}
				return Optional.of(new InspectedMedia.Audio(format.channels(), format.sampleRate(),
						dataSize * 1000 / format.byteRate()));
			}
			else {
				in.skipNBytes(size + (size & 1));
			}
			offset += size + (size & 1);
		}
		return Optional.empty();
	}

	private static int littleEndianShort(DataInputStream in) throws IOException {
		return Short.toUnsignedInt(Short.reverseBytes(in.readShort()));
	}

	/** PCM, IEEE float, A-law, mu-law, and the extensible header that wraps them. */
	private static final Set<Integer> WAV_FORMATS = Set.of(1, 3, 6, 7, 0xFFFE);

	/**
	 * A WAV's {@code fmt } chunk. The duration is the data size divided by the byte rate,
	 * so the byte rate must be the one the samples really have: a header with a huge byte
	 * rate would pass an hour as zero seconds.
	 */
	private record WavFormat(int audioFormat, int channels, int sampleRate, long byteRate, int blockAlign,
			int bitsPerSample) {

		void checkConsistency() throws InconsistentHeaderException {
			if (this.channels < 1 || this.channels > 8) {
				throw new InconsistentHeaderException(this.channels + " channels; 1 to 8 are accepted");
			}
			if (this.sampleRate < 1000 || this.sampleRate > 768_000) {
				throw new InconsistentHeaderException(
						"a sample rate of " + this.sampleRate + " Hz; 1000 to 768000 are accepted");
			}
			if (this.bitsPerSample < 8 || this.bitsPerSample > 64 || this.bitsPerSample % 8 != 0) {
				throw new InconsistentHeaderException(
						this.bitsPerSample + " bits per sample; 8, 16, 24, 32 or 64 are accepted");
			}
			int frameBytes = this.channels * this.bitsPerSample / 8;
			if (this.blockAlign != frameBytes) {
				throw new InconsistentHeaderException("a block align of " + this.blockAlign + " bytes, but "
						+ this.channels + " channels of " + this.bitsPerSample + " bits make " + frameBytes);
			}
			long bytesPerSecond = (long) this.sampleRate * this.blockAlign;
			if (this.byteRate != bytesPerSecond) {
				throw new InconsistentHeaderException("a byte rate of " + this.byteRate + " bytes/s, but "
						+ this.sampleRate + " Hz of " + this.blockAlign + "-byte frames make " + bytesPerSecond);
			}
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
		int bitDepth = in.readUnsignedByte();
		int colourType = in.readUnsignedByte();
		int channels = switch (colourType) {
			case 0 -> 1; // grey
			case 2 -> 3; // RGB
			case 3, 4, 6 -> 4; // a palette may hold alpha, and grey with alpha decodes as
								// BGRA
			default -> 0;
		};
		boolean validDepth = switch (colourType) {
			case 0 -> Set.of(1, 2, 4, 8, 16).contains(bitDepth);
			case 3 -> Set.of(1, 2, 4, 8).contains(bitDepth);
			default -> bitDepth == 8 || bitDepth == 16;
		};
		if (channels == 0 || !validDepth) {
			return Optional.empty();
		}
		return valid(ImageFormat.PNG, width, height, channels, (bitDepth == 16) ? 2 : 1);
	}

	/**
	 * Reads markers as libjpeg does ({@code jdmarker.c}), so that the frame header found
	 * here is the one libjpeg decodes: bytes before a marker's 0xFF are skipped, as are
	 * 0xFF fill bytes and stuffed 0xFF00; TEM and RST0-7 carry no length; a second SOI,
	 * SOS or EOI before a frame, an unsupported frame type or a reserved marker is an
	 * error there, and so not a JPEG here.
	 */
	private static Optional<InspectedMedia> jpeg(DataInputStream stream) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(stream.readNBytes(MAX_JPEG_HEADER_BYTES)));
		in.skipNBytes(2); // SOI
		while (true) {
			int marker = nextMarker(in);
			if (marker == TEM || (marker >= RST0 && marker <= RST7)) {
				continue;
			}
			if (!isFrame(marker) && !isSkippable(marker)) {
				return Optional.empty();
			}
			int length = in.readUnsignedShort();
			if (length < 2) {
				return Optional.empty();
			}
			if (isFrame(marker)) {
				int precision = in.readUnsignedByte();
				int height = in.readUnsignedShort();
				int width = in.readUnsignedShort();
				int components = in.readUnsignedByte();
				if (components < 1 || components > 4) {
					return Optional.empty();
				}
				// decoded in colour (3 channels) whatever the components; 12- and 16-bit
				// samples take 2 bytes
				return valid(ImageFormat.JPEG, width, height, Math.max(3, components), (precision > 8) ? 2 : 1);
			}
			in.skipNBytes(length - 2);
		}
	}

	/**
	 * libjpeg's {@code next_marker}: skips any bytes before 0xFF, then fill bytes, then
	 * stuffed 0xFF00 pairs.
	 */
	private static int nextMarker(DataInputStream in) throws IOException {
		int marker;
		do {
			while (in.readUnsignedByte() != 0xFF) {
				// not a marker: libjpeg warns and skips it
			}
			do {
				marker = in.readUnsignedByte();
			}
			while (marker == 0xFF);
		}
		while (marker == 0x00);
		return marker;
	}

	private static final int TEM = 0x01;

	private static final int RST0 = 0xD0;

	private static final int RST7 = 0xD7;

	/**
	 * Frame types libjpeg(-turbo) decodes: baseline, extended, progressive, lossless,
	 * arithmetic; it refuses the others (hierarchical, JPEG-LS's 0xF7 ...), and so do we.
	 */
	private static boolean isFrame(int marker) {
		return marker == 0xC0 || marker == 0xC1 || marker == 0xC2 || marker == 0xC3 || marker == 0xC9 || marker == 0xCA;
	}

	/**
	 * Segments libjpeg reads or skips by their length before the frame: DHT, DAC, DQT,
	 * DRI, DNL, APPn, COM.
	 */
	private static boolean isSkippable(int marker) {
		return marker == 0xC4 || marker == 0xCC || marker == 0xDB || marker == 0xDD || marker == 0xDC
				|| (marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE;
	}

	/**
	 * How far from the end an image's end marker may sit (some cameras append a few bytes
	 * after it).
	 */
	static final int END_MARKER_WINDOW = 64;

	/**
	 * Whether the last bytes of an image hold its end marker (JPEG's EOI, PNG's IEND
	 * chunk): a file cut short in transit has none, and would only fail later, on a
	 * worker.
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

	private static Optional<InspectedMedia> valid(ImageFormat format, int width, int height, int channels,
			int bytesPerSample) {
		return (width > 0 && height > 0)
				? Optional.of(new InspectedMedia.Image(format, width, height, channels, bytesPerSample))
				: Optional.empty();
	}

}
