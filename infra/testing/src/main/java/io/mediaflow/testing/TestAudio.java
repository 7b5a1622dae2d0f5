package io.mediaflow.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Deterministic WAV recordings made on the spot: 16-bit PCM tones.
 */
public final class TestAudio {

	private TestAudio() {
	}

	/**
	 * A 440 Hz tone (a second one an octave up on the right channel) of the given length.
	 */
	public static byte[] wav(double seconds, int sampleRate, int channels) {
		int frames = (int) Math.round(seconds * sampleRate);
		int dataSize = frames * channels * 2;
		ByteBuffer buffer = ByteBuffer.allocate(44 + dataSize).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put("RIFF".getBytes()).putInt(36 + dataSize).put("WAVE".getBytes());
		buffer.put("fmt ".getBytes())
			.putInt(16)
			.putShort((short) 1)
			.putShort((short) channels)
			.putInt(sampleRate)
			.putInt(sampleRate * channels * 2)
			.putShort((short) (channels * 2))
			.putShort((short) 16);
		buffer.put("data".getBytes()).putInt(dataSize);
		for (int frame = 0; frame < frames; frame++) {
			for (int channel = 0; channel < channels; channel++) {
				double frequency = 440.0 * (channel + 1);
				buffer.putShort((short) (Math.sin(2 * Math.PI * frequency * frame / sampleRate) * 12000));
			}
		}
		return buffer.array();
	}

}
