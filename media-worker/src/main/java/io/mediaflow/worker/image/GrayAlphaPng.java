package io.mediaflow.worker.image;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * A gray image with alpha as a PNG of colour type 4 (gray + alpha), 8 or 16 bits. OpenCV
 * writes PNGs of one, three or four channels only, so this one goes through the JDK's PNG
 * writer.
 */
final class GrayAlphaPng {

	private GrayAlphaPng() {
	}

	static byte[] encode(Mat grayAlpha, int compression) {
		int width = grayAlpha.cols();
		int height = grayAlpha.rows();
		boolean deep = grayAlpha.depth() == CvType.CV_16U;
		DataBuffer buffer;
		if (deep) {
			short[] samples = new short[width * height * 2];
			grayAlpha.get(0, 0, samples);
			buffer = new DataBufferUShort(samples, samples.length);
		}
		else {
			byte[] samples = new byte[width * height * 2];
			grayAlpha.get(0, 0, samples);
			buffer = new DataBufferByte(samples, samples.length);
		}
		int type = deep ? DataBuffer.TYPE_USHORT : DataBuffer.TYPE_BYTE;
		WritableRaster raster = Raster.createWritableRaster(
				new PixelInterleavedSampleModel(type, width, height, 2, width * 2, new int[] { 0, 1 }), buffer, null);
		ComponentColorModel colours = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
				Transparency.TRANSLUCENT, type);
		BufferedImage image = new BufferedImage(colours, raster, false, null);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(1f - compression / 9f);
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
