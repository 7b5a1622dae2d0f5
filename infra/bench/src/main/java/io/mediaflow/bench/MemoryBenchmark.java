package io.mediaflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.mediaflow.bench.GatewayHttp.Part;

/**
 * Files far larger than the heap, both ways: a stack with a small heap takes WAVs adding
 * up to four times its heap in one upload (plus one more as a record), converts them, and
 * serves the zip and the MP3; its peak RSS is what the run costs in memory.
 */
final class MemoryBenchmark {

	record Result(long peakRssMb, long uploadedMb, long downloadedMb, int heapMb) {
	}

	private MemoryBenchmark() {
	}

	static Result run(BenchOptions options) throws Exception {
		long targetBytes = 4L * options.stackHeapMb() * 1024 * 1024;
		int files = 4;
		double secondsPerFile = (double) targetBytes / files / (WavFiles.SAMPLE_RATE * WavFiles.CHANNELS * 2);
		Path wav = WavFiles.write(options.workDir().resolve("memory.wav"), secondsPerFile);
		long fileMb = Files.size(wav) / (1024 * 1024);
		Map<String, String> limits = Map.of("MEDIAFLOW_LIMITS_MAX_FILE_SIZE", (fileMb + 16) + "MB",
				"SPRING_SERVLET_MULTIPART_MAX_REQUEST_SIZE", (fileMb * (files + 1) + 64) + "MB",
				"MEDIAFLOW_LIMITS_MAX_AUDIO_DURATION", "6h");
		try (StackProcess stack = StackProcess.start(options, limits);
				GatewayHttp gateway = new GatewayHttp(stack.gatewayUrl())) {
			String token = gateway.registerUser();
			List<Part> parts = new ArrayList<>();
			for (int i = 0; i < files; i++) {
				parts.add(Part.of("files", "long-" + i + ".wav", "audio/wav", wav));
			}
			GatewayHttp.Answer accepted = gateway.upload("/upload", token, parts);
			if (accepted.statusCode() != 202) {
				throw new IllegalStateException("Upload refused: " + accepted.statusCode() + " " + accepted.body());
			}
			GatewayHttp.Answer record = gateway.upload("/records", token,
					List.of(Part.of("record", "long.wav", "audio/wav", wav)));
			String taskId = GatewayHttp.json.readTree(accepted.body()).get("task_id").asString();
			String status = gateway.awaitFinished(taskId, token, Duration.ofMillis(500));
			if (!status.equals("DONE")) {
				throw new IllegalStateException("Memory task ended " + status);
			}
			long downloaded = bytes(gateway.download("/task/" + taskId, token));
			String url = GatewayHttp.json.readTree(record.body()).get("download_url").asString();
			GatewayHttp.Download mp3;
			do {
				mp3 = gateway.download(url, token);
			}
			while (mp3.statusCode() == 202);
			downloaded += bytes(mp3);
			return new Result(stack.peakRssMb(), Files.size(wav) * (files + 1) / (1024 * 1024),
					downloaded / (1024 * 1024), options.stackHeapMb());
		}
	}

	private static long bytes(GatewayHttp.Download download) {
		if (download.statusCode() != 200) {
			throw new IllegalStateException("Download failed: " + download.statusCode());
		}
		return download.bytes();
	}

}
