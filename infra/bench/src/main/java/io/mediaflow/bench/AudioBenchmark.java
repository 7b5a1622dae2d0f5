package io.mediaflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.mediaflow.bench.GatewayHttp.Part;
import ws.schild.jave.process.ffmpeg.DefaultFFMPEGLocator;

/**
 * WAV to MP3 end to end (upload, conversion on a worker, download) against the same
 * bundled ffmpeg run directly on the same file, in seconds per minute of audio.
 */
final class AudioBenchmark {

	record Result(double e2eSecondsPerAudioMinute, double ffmpegSecondsPerAudioMinute) {
	}

	private AudioBenchmark() {
	}

	static Result run(GatewayHttp gateway, Path wav, double audioSeconds, Path workDir) throws Exception {
		double minutes = audioSeconds / 60.0;
		double ffmpeg = Double.MAX_VALUE;
		for (int i = 0; i < 2; i++) {
			ffmpeg = Math.min(ffmpeg, ffmpegSeconds(wav, workDir.resolve("direct.mp3")));
		}
		String token = gateway.registerUser();
		double e2e = Double.MAX_VALUE;
		for (int i = 0; i < 2; i++) {
			long start = System.nanoTime();
			GatewayHttp.Answer created = gateway.upload("/records", token,
					List.of(Part.of("record", "bench.wav", "audio/wav", wav)));
			if (created.statusCode() != 201) {
				throw new IllegalStateException("Record refused: " + created.statusCode() + " " + created.body());
			}
			String url = GatewayHttp.json.readTree(created.body()).get("download_url").asString();
			GatewayHttp.Download mp3;
			do {
				mp3 = gateway.download(url, token);
			}
			while (mp3.statusCode() == 202);
			if (mp3.statusCode() != 200) {
				throw new IllegalStateException("MP3 download failed: " + mp3.statusCode());
			}
			e2e = Math.min(e2e, (System.nanoTime() - start) / 1e9);
		}
		return new Result(e2e / minutes, ffmpeg / minutes);
	}

	private static double ffmpegSeconds(Path wav, Path mp3) throws IOException, InterruptedException {
		String ffmpeg = new DefaultFFMPEGLocator().getExecutablePath();
		long start = System.nanoTime();
		Process process = new ProcessBuilder(ffmpeg, "-y", "-i", wav.toString(), "-codec:a", "libmp3lame", "-b:a",
				"128k", "-f", "mp3", mp3.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException("ffmpeg failed on " + wav);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Files.deleteIfExists(mp3);
		return seconds;
	}

}
