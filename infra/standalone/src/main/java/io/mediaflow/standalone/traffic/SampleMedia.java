package io.mediaflow.standalone.traffic;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * Generated files that make the services do their usual amount of work: pictures with
 * gradients and texture, and a tone as a WAV.
 */
public final class SampleMedia {

	private static final int SAMPLE_RATE = 44100;

	private SampleMedia() {
	}

	/** A 24-bit JPEG. */
	public static byte[] jpeg(int width, int height) {
		return image(width, height, BufferedImage.TYPE_INT_RGB, "jpeg");
	}

	/** A PNG with an alpha channel. */
	public static byte[] png(int width, int height) {
		return image(width, height, BufferedImage.TYPE_INT_ARGB, "png");
	}

	/** 16-bit mono PCM: a 440 Hz tone. */
	public static byte[] wav(double seconds) {
		int frames = (int) Math.round(seconds * SAMPLE_RATE);
		ByteBuffer wav = ByteBuffer.allocate(44 + frames * 2).order(ByteOrder.LITTLE_ENDIAN);
		wav.put("RIFF".getBytes(StandardCharsets.US_ASCII))
			.putInt(36 + frames * 2)
			.put("WAVE".getBytes(StandardCharsets.US_ASCII));
		wav.put("fmt ".getBytes(StandardCharsets.US_ASCII))
			.putInt(16)
			.putShort((short) 1)
			.putShort((short) 1)
			.putInt(SAMPLE_RATE)
			.putInt(SAMPLE_RATE * 2)
			.putShort((short) 2)
			.putShort((short) 16);
		wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(frames * 2);
		for (int frame = 0; frame < frames; frame++) {
			wav.putShort((short) (Math.sin(2 * Math.PI * 440 * frame / SAMPLE_RATE) * 10000));
		}
		return wav.array();
	}

	private static byte[] image(int width, int height, int type, String format) {
		BufferedImage image = new BufferedImage(width, height, type);
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int texture = ((x * 31) ^ (y * 17)) & 0x3f;
				pixels[y * width + x] = 0xff000000 | ((x * 255 / width) << 16) | ((y * 255 / height) << 8)
						| (texture * 3);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
