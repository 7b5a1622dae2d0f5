package io.mediaflow.worker.audio;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import ws.schild.jave.Encoder;
import ws.schild.jave.EncoderException;
import ws.schild.jave.MultimediaObject;
import ws.schild.jave.encode.AudioAttributes;
import ws.schild.jave.encode.EncodingAttributes;

import org.springframework.stereotype.Component;

/**
 * WAV to MP3 with the ffmpeg JAVE bundles for this platform: libmp3lame at the configured
 * constant bitrate, keeping the source's channels and sample rate. ffmpeg's work is
 * bounded twice: it decodes at most {@code max-duration} plus a second of audio, and is
 * stopped after {@code timeout}.
 */
@Component
class Mp3Encoder {

	private final AudioProcessingProperties settings;

	private final ScheduledExecutorService timeouts = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "mp3-encoder-timeouts");
		thread.setDaemon(true);
		return thread;
	});

	Mp3Encoder(AudioProcessingProperties settings) {
		this.settings = settings;
	}

	/**
	 * @return the MP3's duration in milliseconds
	 * @throws EncoderException when ffmpeg cannot read the input or fails
	 * @throws RecordingRefusedException when the recording is longer than
	 * {@code max-duration}, or ffmpeg took longer than {@code timeout}
	 */
	long encode(Path wav, Path mp3) throws EncoderException, RecordingRefusedException {
		long maxMillis = this.settings.maxDuration().toMillis();
		AudioAttributes audio = new AudioAttributes();
		audio.setCodec("libmp3lame");
		audio.setBitRate(this.settings.bitrateKbps() * 1000);
		EncodingAttributes attributes = new EncodingAttributes();
		attributes.setOutputFormat("mp3");
		attributes.setAudioAttributes(audio);
		attributes.setDuration((maxMillis + 1000) / 1000f);
		Encoder encoder = new Encoder();
		AtomicBoolean timedOut = new AtomicBoolean();
		// again and again until the encoding ends: the first stop may come before ffmpeg
		// has started
		ScheduledFuture<?> stop = this.timeouts.scheduleWithFixedDelay(() -> {
			timedOut.set(true);
			encoder.abortEncoding();
		}, this.settings.timeout().toMillis(), 100, TimeUnit.MILLISECONDS);
		try {
			encoder.encode(new MultimediaObject(wav.toFile()), mp3.toFile(), attributes);
		}
		catch (EncoderException | RuntimeException ex) {
			if (!timedOut.get()) {
				throw ex;
			}
		}
		finally {
			stop.cancel(false);
		}
		if (timedOut.get()) {
			throw new RecordingRefusedException(
					"The conversion took longer than " + this.settings.timeout().toSeconds() + " s and was stopped");
		}
		long durationMillis = new MultimediaObject(mp3.toFile()).getInfo().getDuration();
		if (durationMillis > maxMillis) {
			throw new RecordingRefusedException(
					"The recording lasts longer than " + maxMillis / 1000 + " s; longer ones are not converted");
		}
		return durationMillis;
	}

	@PreDestroy
	void stop() {
		this.timeouts.shutdownNow();
	}

}
