package io.mediaflow.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Deterministic test images made on the spot: photographic-like JPEGs, PNGs with
 * transparency, and JPEGs with an EXIF orientation. Nothing is downloaded.
 */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] jpeg(int width, int height) {
		return encode(photo(width, height, BufferedImage.TYPE_INT_RGB, 42), "jpg");
	}

	public static byte[] png(int width, int height) {
		return encode(photo(width, height, BufferedImage.TYPE_INT_RGB, 7), "png");
	}

	/** A PNG whose left half is fully transparent and right half half-transparent. */
	public static byte[] pngWithAlpha(int width, int height) {
		BufferedImage image = photo(width, height, BufferedImage.TYPE_INT_ARGB, 11);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int alpha = (x < width / 2) ? 0 : 128;
				image.setRGB(x, y, (image.getRGB(x, y) & 0x00FFFFFF) | (alpha << 24));
			}
		}
		return encode(image, "png");
	}

	/**
	 * A JPEG of {@code width} x {@code height} stored pixels with an EXIF orientation tag
	 * (6: the camera was turned a quarter clockwise, so viewers show it {@code height} x
	 * {@code width}).
	 */
	public static byte[] jpegWithExifOrientation(int width, int height, int orientation) {
		byte[] jpeg = jpeg(width, height);
		byte[] exif = { (byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 0x2A, 0, 0, 0, 8, 0, 1,
				0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0 };
		int insertAt = 2;
		if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) { // after the JFIF
																	// segment
			insertAt = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		}
		byte[] result = new byte[jpeg.length + exif.length];
		System.arraycopy(jpeg, 0, result, 0, insertAt);
		System.arraycopy(exif, 0, result, insertAt, exif.length);
		System.arraycopy(jpeg, insertAt, result, insertAt + exif.length, jpeg.length - insertAt);
		return result;
	}

	private static BufferedImage photo(int width, int height, int type, long seed) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setPaint(new GradientPaint(0, 0, new Color(30, 80, 160), width, height, new Color(240, 190, 90)));
		graphics.fillRect(0, 0, width, height);
		Random random = new Random(seed);
		for (int i = 0; i < 40; i++) {
			graphics.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 160));
			int size = 10 + random.nextInt(Math.max(11, Math.min(width, height) / 3));
			graphics.fillOval(random.nextInt(width), random.nextInt(height), size, size);
		}
		graphics.dispose();
		for (int y = 0; y < height; y += 2) { // sensor-like noise, so encoders work as on
												// photos
			for (int x = 0; x < width; x += 2) {
				int rgb = image.getRGB(x, y);
				int noise = random.nextInt(17) - 8;
				int r = clamp(((rgb >> 16) & 0xFF) + noise);
				int g = clamp(((rgb >> 8) & 0xFF) + noise);
				int b = clamp((rgb & 0xFF) + noise);
				image.setRGB(x, y, (rgb & 0xFF000000) | (r << 16) | (g << 8) | b);
			}
		}
		return image;
	}

	private static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
