package io.mediaflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.testing.TestImages;

/**
 * {@code infra/bench/run}: measures, in one run on this machine, the in-process image
 * limit, end-to-end image throughput and upload latency through the standalone stack, WAV
 * to MP3 against plain ffmpeg, and peak memory with files far larger than the heap.
 * Prints a markdown table and one RESULT line.
 */
public final class Benchmark {

	/** Heap of the stack for the throughput, latency and audio measurements. */
	static final int THROUGHPUT_HEAP_MB = 1024;

	/** How long the benchmark's own client is warmed before the cold round. */
	static final Duration CLIENT_WARM_UP = Duration.ofSeconds(10);

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = BenchOptions.parse(args);
		Files.createDirectories(options.workDir());
		ImageFormat format = options.format().equalsIgnoreCase("png") ? ImageFormat.PNG : ImageFormat.JPEG;
		log("Generating %d test images %dx%d %s", 8, options.width(), options.height(), format);
		List<byte[]> images = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			images.add(generate(format, options.width() + i % 2, options.height()));
		}

		Path imagesDir = Files.createDirectories(options.workDir().resolve("images"));
		for (int i = 0; i < images.size(); i++) {
			Files.write(imagesDir.resolve("image-%d.%s".formatted(i, format.extension())), images.get(i));
		}

		// measured before the stack starts and again after it stopped: a shared machine's
		// speed drifts over minutes;
		// the three kernels take turns, twice, so that drift weighs on each of them alike
		int cores = Runtime.getRuntime().availableProcessors();
		int turn = Math.max(2, options.kernelSeconds() / 2);
		log("Kernels, %d threads or processes, in turns of %d s: the worker's (%s natives), the bundled natives' (in "
				+ "a child JVM) and Pillow's", cores, turn, KernelBenchmark.kernelName());
		List<KernelBenchmark.Measurement> workerTurns = new ArrayList<>();
		List<KernelBenchmark.Measurement> bundledTurns = new ArrayList<>();
		List<KernelBenchmark.Measurement> pillowTurns = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			workerTurns.add(KernelBenchmark.measure(images, format, turn));
			bundledTurns.add(KernelBenchmark.measureBundled(imagesDir, format, turn));
			PillowBenchmark.measure(imagesDir, turn, options.workDir()).ifPresent(pillowTurns::add);
		}
		KernelBenchmark.Measurement worker = KernelBenchmark.Measurement.mean(workerTurns);
		KernelBenchmark.Measurement bundled = KernelBenchmark.Measurement.mean(bundledTurns);
		Optional<KernelBenchmark.Measurement> pillow = pillowTurns.isEmpty() ? Optional.empty()
				: Optional.of(KernelBenchmark.Measurement.mean(pillowTurns));
		if (pillow.isEmpty()) {
			log("%s", PillowBenchmark.MISSING);
		}
		double kernelBefore = worker.imagesPerSecond();
		int warmedUploads = ClientWarmUp.run(images, format, options.clients(), CLIENT_WARM_UP);
		log("Warmed the benchmark's own HTTP client with %d uploads to a local stand-in (the stack is not touched)",
				warmedUploads);

		WarmUp.Result warmUp;
		EndToEndBenchmark.Result e2e;
		MachineCpu e2eMachinePerImage;
		List<Double> s3Puts;
		AudioBenchmark.Result audio;
		try (StackProcess stack = StackProcess.start(options, Map.of(), THROUGHPUT_HEAP_MB);
				GatewayHttp gateway = new GatewayHttp(stack.gatewayUrl())) {
			log("Warm-up through the gateway until the JIT compiler settles (at most %d s)", options.warmupSeconds());
			warmUp = WarmUp.run(gateway, stack, images, format, options.clients(), options.warmupSeconds());
			log("End to end: %d images, %d clients", options.images(), options.clients());
			MachineCpu before = MachineCpu.read();
			e2e = EndToEndBenchmark.run(gateway, images, format, options.images(), options.clients());
			e2eMachinePerImage = MachineCpu.read().perImageSince(before, options.images());
			log("Plain S3 PUTs of the same files");
			s3Puts = S3PutBenchmark.putMillis(stack.s3Endpoint(), images, 50);
			log("Audio: %d s WAV end to end and with ffmpeg directly", options.audioSeconds());
			Path wav = WavFiles.write(options.workDir().resolve("audio.wav"), options.audioSeconds());
			audio = AudioBenchmark.run(gateway, wav, options.audioSeconds(), options.workDir());
		}
		log("Kernel again, with the stack stopped");
		double kernelAfter = KernelBenchmark.measure(images, format, options.kernelSeconds()).imagesPerSecond();
		double kernel = (kernelBefore + kernelAfter) / 2;
		MemoryBenchmark.Result memory = null;
		if (!options.skipMemory()) {
			log("Memory: a stack with -Xmx%dm moves %d MB of WAVs in and their MP3s out", options.stackHeapMb(),
					4 * options.stackHeapMb());
			memory = MemoryBenchmark.run(options);
		}

		double uploadP50 = Stats.median(e2e.uploadMillis());
		double uploadP99 = Stats.percentile(e2e.uploadMillis(), 99);
		double putP50 = Stats.median(s3Puts);
		System.out.println();
		System.out.printf(Locale.ROOT, "| measure | value |%n|---|---|%n");
		row("kernel limit (in-process, %d threads, %dx%d %s; mean of before and after)"
			.formatted(Runtime.getRuntime().availableProcessors(), options.width(), options.height(), format), "%s",
				"%.1f images/s (%.1f, %.1f)".formatted(kernel, kernelBefore, kernelAfter));
		row("CPU per image: the worker's kernel (%s natives) / bundled natives / Pillow"
			.formatted(KernelBenchmark.kernelName()), "%s",
				"%.1f / %.1f / %s ms".formatted(worker.cpuMillisPerImage(), bundled.cpuMillisPerImage(),
						pillow.map((p) -> "%.1f".formatted(p.cpuMillisPerImage())).orElse("n/a")));
		row("images/s, same three, in turns before the stack", "%s", "%.1f / %.1f / %s".formatted(
				worker.imagesPerSecond(), bundled.imagesPerSecond(),
				pillow.map((p) -> "%.1f".formatted(p.imagesPerSecond())).orElse("n/a: " + PillowBenchmark.MISSING)));
		row("kernel vs bundled (by CPU per image; images/s ratio in brackets)", "%s", "%.2f (%.2f)"
			.formatted(worker.speedOver(bundled), worker.imagesPerSecond() / bundled.imagesPerSecond()));
		row("kernel vs Pillow (by CPU per image; images/s ratio in brackets)", "%s", pillow
			.map((p) -> "%.2f (%.2f)".formatted(worker.speedOver(p), worker.imagesPerSecond() / p.imagesPerSecond()))
			.orElse("n/a"));
		row("end to end, cold (first %d images after start)".formatted(WarmUp.ROUND_IMAGES), "%.1f images/s",
				warmUp.coldImagesPerSecond());
		row("warm-up before measuring", "%s", "%d images in %.0f s, JIT compiling %.0f %% of the time at the end"
			.formatted(warmUp.images(), warmUp.seconds(), warmUp.lastJitShare() * 100));
		row("end to end (%d images, %d clients, upload to DONE)".formatted(options.images(), options.clients()),
				"%.1f images/s", e2e.imagesPerSecond());
		if (!Double.isNaN(e2eMachinePerImage.busyMillis())) {
			row("CPU per image end to end (every process on the machine, the benchmark's clients included)", "%s",
					"%.1f ms (the worker's kernel alone: %.1f ms)".formatted(e2eMachinePerImage.busyMillis(),
							worker.cpuMillisPerImage()));
		}
		if (!Double.isNaN(e2eMachinePerImage.contextSwitches())) {
			row("context switches per image end to end (the whole machine)", "%.0f",
					e2eMachinePerImage.contextSwitches());
		}
		row("end to end / kernel", "%.2f", e2e.imagesPerSecond() / kernel);
		row("end to end / bundled kernel (images/s)", "%.2f", e2e.imagesPerSecond() / bundled.imagesPerSecond());
		row("end to end cold / warm", "%.2f", warmUp.coldImagesPerSecond() / e2e.imagesPerSecond());
		row("failed tasks", "%.0f", (double) e2e.failedTasks());
		row("upload latency p50 / p99 (request to 202)", "%s", "%.1f / %.1f ms".formatted(uploadP50, uploadP99));
		row("plain S3 PUT p50 (same files, same server)", "%.1f ms", putP50);
		row("upload p99 / S3 PUT p50", "%.2f", uploadP99 / putP50);
		row("audio end to end (upload, convert, download)", "%.2f s per audio minute",
				audio.e2eSecondsPerAudioMinute());
		row("audio with bundled ffmpeg directly", "%.2f s per audio minute", audio.ffmpegSecondsPerAudioMinute());
		row("audio end to end / ffmpeg", "%.2f",
				audio.e2eSecondsPerAudioMinute() / audio.ffmpegSecondsPerAudioMinute());
		if (memory != null) {
			row("memory: peak RSS of the stack (-Xmx%dm), %d MB up, %d MB down".formatted(memory.heapMb(),
					memory.uploadedMb(), memory.downloadedMb()), "%.0f MB", (double) memory.peakRssMb());
		}
		System.out.println();
		System.out.printf(Locale.ROOT,
				"RESULT e2e_images_per_s=%.2f kernel_images_per_s=%.2f e2e_vs_kernel=%.2f upload_p99_vs_s3_put_p50=%.2f"
						+ " audio_e2e_vs_ffmpeg=%.2f peak_rss_mb=%d kernel_vs_bundled=%.2f kernel_vs_pillow=%.2f"
						+ " e2e_vs_bundled=%.2f cold_vs_warm=%.2f%n",
				e2e.imagesPerSecond(), kernel, e2e.imagesPerSecond() / kernel, uploadP99 / putP50,
				audio.e2eSecondsPerAudioMinute() / audio.ffmpegSecondsPerAudioMinute(),
				(memory != null) ? memory.peakRssMb() : -1, worker.speedOver(bundled),
				pillow.map(worker::speedOver).orElse(Double.NaN), e2e.imagesPerSecond() / bundled.imagesPerSecond(),
				warmUp.coldImagesPerSecond() / e2e.imagesPerSecond());
		System.exit(0);
	}

	private static byte[] generate(ImageFormat format, int width, int height) {
		return (format == ImageFormat.PNG) ? TestImages.pngWithAlpha(width, height) : TestImages.jpeg(width, height);
	}

	private static void row(String measure, String format, Object value) {
		System.out.printf(Locale.ROOT, "| %s | " + format + " |%n", measure, value);
	}

	private static void log(String format, Object... args) {
		System.err.printf(Locale.ROOT, "[bench] " + format + "%n", args);
	}

}
