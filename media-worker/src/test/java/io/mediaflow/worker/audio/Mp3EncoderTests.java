package io.mediaflow.worker.audio;

import java.nio.file.Files;
import java.nio.file.Path;

import io.mediaflow.testing.Mp3Frames;
import io.mediaflow.testing.TestAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ws.schild.jave.EncoderException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class Mp3EncoderTests {

	private final Mp3Encoder encoder = new Mp3Encoder(new AudioProcessingProperties(1, 128));

	@Test
	void convertsAWavToAnMp3OfTheSameLength(@TempDir Path dir) throws Exception {
		Path wav = Files.write(dir.resolve("tone.wav"), TestAudio.wav(3.0, 44100, 2));
		Path mp3 = dir.resolve("tone.mp3");

		long reported = this.encoder.encode(wav, mp3);

		Mp3Frames frames = Mp3Frames.parse(Files.readAllBytes(mp3));
		assertThat(frames.durationSeconds()).isCloseTo(3.0, within(0.1));
		assertThat(frames.sampleRate()).isEqualTo(44100);
		assertThat(frames.bitrateKbps()).isEqualTo(128);
		assertThat(reported / 1000.0).isCloseTo(3.0, within(0.1));
	}

	@Test
	void refusesSomethingThatIsNoAudio(@TempDir Path dir) throws Exception {
		Path wav = Files.write(dir.resolve("fake.wav"), "RIFF....WAVEnothing useful".getBytes());

		assertThatExceptionOfType(EncoderException.class).isThrownBy(() -> this.encoder.encode(wav, dir.resolve("x.mp3")));
	}

}
