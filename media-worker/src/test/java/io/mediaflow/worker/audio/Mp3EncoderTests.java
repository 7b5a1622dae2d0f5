package io.mediaflow.worker.audio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.mediaflow.testing.Mp3Frames;
import io.mediaflow.testing.TestAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ws.schild.jave.EncoderException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class Mp3EncoderTests {

	private final Mp3Encoder encoder = encoder(Duration.ofMinutes(30), Duration.ofMinutes(5));

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
	void refusesARecordingLongerThanTheCapAfterDecodingNoMoreThanASecondBeyondIt(@TempDir Path dir) throws Exception {
		Mp3Encoder capped = encoder(Duration.ofSeconds(2), Duration.ofMinutes(5));
		Path longer = Files.write(dir.resolve("long.wav"), TestAudio.wav(6.0, 22050, 1));
		Path shorter = Files.write(dir.resolve("short.wav"), TestAudio.wav(1.5, 22050, 1));

		assertThatExceptionOfType(RecordingRefusedException.class)
			.isThrownBy(() -> capped.encode(longer, dir.resolve("long.mp3")))
			.withMessageContaining("longer than 2 s");
		assertThat(Mp3Frames.parse(Files.readAllBytes(dir.resolve("long.mp3"))).durationSeconds()).isCloseTo(3.0,
				within(0.1));
		assertThat(capped.encode(shorter, dir.resolve("short.mp3")) / 1000.0).isCloseTo(1.5, within(0.1));
	}

	@Test
	void stopsFfmpegWhenItTakesLongerThanTheTimeout(@TempDir Path dir) throws Exception {
		Mp3Encoder hurried = encoder(Duration.ofMinutes(30), Duration.ofMillis(50));
		Path wav = Files.write(dir.resolve("hour.wav"), TestAudio.wav(120.0, 44100, 2));

		long started = System.nanoTime();
		assertThatExceptionOfType(RecordingRefusedException.class)
			.isThrownBy(() -> hurried.encode(wav, dir.resolve("hour.mp3")))
			.withMessageContaining("took longer than");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(ProcessHandle.current()
			.descendants()
			.filter(ProcessHandle::isAlive)
			.map((process) -> process.info().command().orElse(""))).noneMatch((command) -> command.contains("ffmpeg"));
	}

	@Test
	void refusesSomethingThatIsNoAudio(@TempDir Path dir) throws Exception {
		Path wav = Files.write(dir.resolve("fake.wav"), "RIFF....WAVEnothing useful".getBytes());

		assertThatExceptionOfType(EncoderException.class)
			.isThrownBy(() -> this.encoder.encode(wav, dir.resolve("x.mp3")));
	}

	private static Mp3Encoder encoder(Duration maxDuration, Duration timeout) {
		return new Mp3Encoder(new AudioProcessingProperties(1, 128, maxDuration, timeout));
	}

}
