package io.mediaflow.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes long 16-bit PCM WAVs straight to disk (a tone with a slow sweep), without
 * holding them in memory.
 */
final class WavFiles {

	static final int SAMPLE_RATE = 44100;

	static final int CHANNELS = 2;

	private WavFiles() {
	}

	static Path write(Path file, double seconds) throws IOException {
		long frames = Math.round(seconds * SAMPLE_RATE);
		long dataSize = frames * CHANNELS * 2;
		if (Files.exists(file) && Files.size(file) == 44 + dataSize) {
			return file;
		}
		Files.createDirectories(file.getParent());
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
			header.put("RIFF".getBytes()).putInt((int) (36 + dataSize)).put("WAVE".getBytes());
			header.put("fmt ".getBytes())
				.putInt(16)
				.putShort((short) 1)
				.putShort((short) CHANNELS)
				.putInt(SAMPLE_RATE)
				.putInt(SAMPLE_RATE * CHANNELS * 2)
				.putShort((short) (CHANNELS * 2))
				.putShort((short) 16);
			header.put("data".getBytes()).putInt((int) dataSize);
			out.write(header.array());
			ByteBuffer block = ByteBuffer.allocate(4096 * CHANNELS * 2).order(ByteOrder.LITTLE_ENDIAN);
			double phase = 0;
			for (long frame = 0; frame < frames; frame++) {
				double frequency = 220 + 220 * ((frame / (double) SAMPLE_RATE) % 10) / 10;
				phase += 2 * Math.PI * frequency / SAMPLE_RATE;
				short sample = (short) (Math.sin(phase) * 10000);
				block.putShort(sample).putShort(sample);
				if (!block.hasRemaining()) {
					out.write(block.array(), 0, block.position());
					block.clear();
				}
			}
			out.write(block.array(), 0, block.position());
		}
		return file;
	}

}
