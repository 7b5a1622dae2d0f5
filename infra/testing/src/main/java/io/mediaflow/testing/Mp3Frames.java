package io.mediaflow.testing;

import java.nio.charset.StandardCharsets;

/**
 * Reads an MPEG-1/2 Layer III stream frame by frame, as a player would, to tell whether
 * bytes are a valid MP3 and how long it plays. Independent of the encoder under test.
 *
 * @param audioFrames frames holding audio (a leading Xing/Info frame is not counted)
 * @param sampleRate samples per second
 * @param bitrateKbps bitrate of the first audio frame
 */
public record Mp3Frames(int audioFrames, int sampleRate, int bitrateKbps) {

	private static final int[] MPEG1_BITRATES = { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 };

	private static final int[] MPEG2_BITRATES = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 };

	private static final int[] MPEG1_RATES = { 44100, 48000, 32000 };

	public double durationSeconds() {
		return (double) this.audioFrames * samplesPerFrame() / this.sampleRate;
	}

	private int samplesPerFrame() {
		return (this.sampleRate >= 32000) ? 1152 : 576;
	}

	/**
	 * @throws IllegalArgumentException when the bytes are not a well-formed MP3 from
	 * start to end
	 */
	public static Mp3Frames parse(byte[] mp3) {
		int offset = 0;
		if (mp3.length > 10 && mp3[0] == 'I' && mp3[1] == 'D' && mp3[2] == '3') {
			offset = 10 + ((mp3[6] & 0x7F) << 21 | (mp3[7] & 0x7F) << 14 | (mp3[8] & 0x7F) << 7 | (mp3[9] & 0x7F));
		}
		int frames = 0;
		int sampleRate = 0;
		int bitrate = 0;
		while (offset + 4 <= mp3.length) {
			if (mp3.length - offset >= 128 && mp3[offset] == 'T' && mp3[offset + 1] == 'A' && mp3[offset + 2] == 'G'
					&& mp3.length - offset == 128) {
				break; // ID3v1 trailer
			}
			int header = ((mp3[offset] & 0xFF) << 24) | ((mp3[offset + 1] & 0xFF) << 16)
					| ((mp3[offset + 2] & 0xFF) << 8) | (mp3[offset + 3] & 0xFF);
			if ((header >>> 21) != 0x7FF || ((header >>> 17) & 0x3) != 1) {
				throw new IllegalArgumentException("No Layer III frame header at byte " + offset);
			}
			boolean mpeg1 = ((header >>> 19) & 0x3) == 3;
			int bitrateIndex = (header >>> 12) & 0xF;
			int rateIndex = (header >>> 10) & 0x3;
			int padding = (header >>> 9) & 0x1;
			if (bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
				throw new IllegalArgumentException("Invalid frame header at byte " + offset);
			}
			int frameBitrate = (mpeg1 ? MPEG1_BITRATES : MPEG2_BITRATES)[bitrateIndex];
			int frameRate = MPEG1_RATES[rateIndex] / (mpeg1 ? 1 : 2);
			int length = (mpeg1 ? 144 : 72) * frameBitrate * 1000 / frameRate + padding;
			boolean infoFrame = frames == 0 && sampleRate == 0 && contains(mp3, offset, length, "Xing", "Info");
			if (!infoFrame) {
				frames++;
				if (sampleRate == 0) {
					sampleRate = frameRate;
					bitrate = frameBitrate;
				}
			}
			else {
				sampleRate = 0;
			}
			offset += length;
		}
		if (frames == 0) {
			throw new IllegalArgumentException("No audio frames");
		}
		return new Mp3Frames(frames, sampleRate, bitrate);
	}

	private static boolean contains(byte[] bytes, int from, int length, String... markers) {
		String frame = new String(bytes, from, Math.min(length, bytes.length - from), StandardCharsets.ISO_8859_1);
		for (String marker : markers) {
			if (frame.contains(marker)) {
				return true;
			}
		}
		return false;
	}

}
