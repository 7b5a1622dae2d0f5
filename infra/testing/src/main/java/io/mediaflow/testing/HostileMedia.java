package io.mediaflow.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Files whose headers lie, or that a careless header reader sees differently from the
 * decoder: each named after what it tries to get past a limit.
 */
public final class HostileMedia {

	private HostileMedia() {
	}

	/**
	 * A {@link TestAudio} WAV whose header claims another byte rate: a huge one makes an
	 * hour look like 0 s.
	 */
	public static byte[] wavWithByteRate(byte[] wav, long byteRate) {
		byte[] hostile = wav.clone();
		ByteBuffer.wrap(hostile, 28, 4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) byteRate);
		return hostile;
	}

	/**
	 * A {@link TestAudio} WAV whose header claims another block align (bytes per frame).
	 */
	public static byte[] wavWithBlockAlign(byte[] wav, int blockAlign) {
		byte[] hostile = wav.clone();
		ByteBuffer.wrap(hostile, 32, 2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) blockAlign);
		return hostile;
	}

	/**
	 * A valid PNG of black 16-bit RGBA pixels: 8 bytes per pixel once decoded, little
	 * compressed (7000 x 7000 is 392 MB decoded in 1.7 MB, made in about 2 s; the best
	 * compression would give 381 KB in three times as long).
	 */
	public static byte[] png16BitRgba(int width, int height) {
		try {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
			ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
			header.put((byte) 16).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
			chunk(png, "IHDR", header.array());
			ByteArrayOutputStream idat = new ByteArrayOutputStream();
			try (DeflaterOutputStream deflated = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED),
					64 * 1024)) {
				byte[] row = new byte[1 + width * 8]; // filter type 0, then zeros
				for (int y = 0; y < height; y++) {
					deflated.write(row);
				}
			}
			chunk(png, "IDAT", idat.toByteArray());
			chunk(png, "IEND", new byte[0]);
			return png.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A JPEG whose frame header (the first SOF0/SOF2) declares other dimensions than its
	 * scan holds.
	 */
	public static byte[] jpegDeclaring(byte[] jpeg, int width, int height) {
		byte[] hostile = jpeg.clone();
		int sof = frameHeader(hostile);
		ByteBuffer.wrap(hostile, sof + 5, 4).putShort((short) height).putShort((short) width);
		return hostile;
	}

	/**
	 * The JPEG with, right after its SOI, a parameterless marker ({@code 0x01} TEM,
	 * {@code 0xD0}-{@code 0xD7} RSTn) and a decoy frame header of {@code decoyWidth} x
	 * {@code decoyHeight}. libjpeg reads the marker as having no length, skips the two
	 * bytes after it as junk, and finds the decoy inside an APP1 segment, which it skips:
	 * it decodes the real frame. A reader that takes a length after every marker skips
	 * the APP1 header instead, and stops at the decoy.
	 */
	public static byte[] jpegWithDecoyFrameAfter(int parameterlessMarker, byte[] jpeg, int decoyWidth,
			int decoyHeight) {
		ByteBuffer decoy = ByteBuffer.allocate(4 + 4 + 13);
		decoy.put((byte) 0xFF).put((byte) parameterlessMarker).putShort((short) 6); // "length"
																					// 6:
																					// skip
																					// 4
																					// bytes
		decoy.put((byte) 0xFF).put((byte) 0xE1).putShort((short) 15); // APP1 of 13 bytes:
																		// the decoy
		decoy.put((byte) 0xFF).put((byte) 0xC0).putShort((short) 11).put((byte) 8);
		decoy.putShort((short) decoyHeight).putShort((short) decoyWidth);
		decoy.put((byte) 1).put((byte) 1).put((byte) 0x11).put((byte) 0);
		return insertAt(jpeg, 2, decoy.array());
	}

	/**
	 * The JPEG with junk bytes, a stuffed 0xFF00 and 0xFF fill bytes after its first
	 * segment, all of which libjpeg skips (with a warning) on its way to the next marker.
	 * (Right after the SOI they would hide the JPEG from OpenCV, which recognises one by
	 * {@code FF D8 FF}.)
	 */
	public static byte[] jpegWithJunkBetweenSegments(byte[] jpeg) {
		int afterFirstSegment = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		return insertAt(jpeg, afterFirstSegment,
				new byte[] { 0x12, 0x34, (byte) 0xFF, 0x00, 0x56, (byte) 0xFF, (byte) 0xFF });
	}

	private static byte[] insertAt(byte[] jpeg, int at, byte[] inserted) {
		byte[] hostile = new byte[jpeg.length + inserted.length];
		System.arraycopy(jpeg, 0, hostile, 0, at);
		System.arraycopy(inserted, 0, hostile, at, inserted.length);
		System.arraycopy(jpeg, at, hostile, at + inserted.length, jpeg.length - at);
		return hostile;
	}

	private static int frameHeader(byte[] jpeg) {
		int at = 2;
		while (at + 4 < jpeg.length) {
			int marker = jpeg[at + 1] & 0xFF;
			if (marker == 0xC0 || marker == 0xC2) {
				return at;
			}
			at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
		}
		throw new IllegalArgumentException("No frame header in this JPEG");
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
		DataOutputStream out = new DataOutputStream(png);
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(data.length);
		out.write(typeBytes);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

}
