package io.mediaflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.worker.image.ImageKernel;
import io.mediaflow.worker.image.ImagePipeline;
import io.mediaflow.worker.image.ImageProcessingProperties;

/**
 * The physical limit: the worker's own pipeline (decode, rotate, gray, scale, three
 * encodes) in this process on one thread per core, nothing else around it. A JVM loads
 * one OpenCV native library, so the bundled kernel is measured in a child JVM of its own
 * ({@link #main}).
 */
final class KernelBenchmark {

	private static final String RESULT_PREFIX = "KERNEL=";

	/**
	 * @param imagesPerSecond wall-clock rate on all threads
	 * @param cpuMillisPerImage CPU time the measuring threads spent per image: what a
	 * busy shared machine does not inflate, since waiting for a core is not counted
	 */
	record Measurement(double imagesPerSecond, double cpuMillisPerImage) {

		static Measurement parse(String text) {
			String[] parts = text.split(" ");
			return new Measurement(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.3f %.3f", this.imagesPerSecond, this.cpuMillisPerImage);
		}

		static Measurement mean(List<Measurement> turns) {
			return new Measurement(turns.stream().mapToDouble(Measurement::imagesPerSecond).average().orElseThrow(),
					turns.stream().mapToDouble(Measurement::cpuMillisPerImage).average().orElseThrow());
		}

		/**
		 * How many times faster {@code this} is than {@code other}, by CPU time per
		 * image.
		 */
		double speedOver(Measurement other) {
			return other.cpuMillisPerImage / this.cpuMillisPerImage;
		}

	}

	private KernelBenchmark() {
	}

	/**
	 * Images per second of the kernel the worker would choose here (the system's OpenCV
	 * where installed).
	 */
	static Measurement measure(List<byte[]> images, ImageFormat format, int seconds) throws Exception {
		return measure(images, format, seconds, ImageKernel.Choice.AUTO);
	}

	/**
	 * Which natives {@link #measure(List, ImageFormat, int)} runs on: {@code system} or
	 * {@code bundled}.
	 */
	static String kernelName() {
		return pipeline(ImageKernel.Choice.AUTO).kernel().name();
	}

	/**
	 * Images per second of the bundled {@code org.openpnp:opencv} natives, in a child JVM
	 * on the same images.
	 */
	static Measurement measureBundled(Path imagesDir, ImageFormat format, int seconds) throws Exception {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
				"-Dloader.main=" + KernelBenchmark.class.getName(),
				"org.springframework.boot.loader.launch.PropertiesLauncher", imagesDir.toString(), format.name(),
				Integer.toString(seconds));
		Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		List<String> lines = new String(child.getInputStream().readAllBytes()).lines().toList();
		if (child.waitFor() != 0) {
			throw new IllegalStateException("The bundled kernel's JVM failed: " + lines);
		}
		return lines.stream()
			.filter((line) -> line.startsWith(RESULT_PREFIX))
			.map((line) -> Measurement.parse(line.substring(RESULT_PREFIX.length())))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The bundled kernel's JVM printed no result: " + lines));
	}

	/**
	 * The child JVM: {@code <images dir> <JPEG|PNG> <seconds>}, on the bundled natives.
	 */
	public static void main(String[] args) throws Exception {
		ImageFormat format = ImageFormat.valueOf(args[1]);
		Measurement measurement = measure(readAll(Path.of(args[0])), format, Integer.parseInt(args[2]),
				ImageKernel.Choice.BUNDLED);
		System.out.println(RESULT_PREFIX + measurement);
	}

	static List<byte[]> readAll(Path dir) throws IOException {
		List<byte[]> images = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.sorted().toList()) {
				images.add(Files.readAllBytes(file));
			}
		}
		return images;
	}

	private static Measurement measure(List<byte[]> images, ImageFormat format, int seconds, ImageKernel.Choice kernel)
			throws Exception {
		ImagePipeline pipeline = pipeline(kernel);
		int threads = Runtime.getRuntime().availableProcessors();
		run(pipeline, images, format, threads, Math.max(2, seconds / 3)); // warm-up
		return run(pipeline, images, format, threads, seconds);
	}

	private static ImagePipeline pipeline(ImageKernel.Choice kernel) {
		return new ImagePipeline(new ImageProcessingProperties(0, 90, 3, 50_000_000, 268_435_456,
				ImageProcessingProperties.Kernel.of(kernel)));
	}

	private static Measurement run(ImagePipeline pipeline, List<byte[]> images, ImageFormat format, int threads,
			int seconds) throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong done = new AtomicLong();
		AtomicLong cpuNanos = new AtomicLong();
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int offset = t;
			workers.add(executor.submit(() -> {
				long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
				for (int i = offset; !stop.get(); i++) {
					pipeline.process(images.get(i % images.size()), format);
					done.incrementAndGet();
				}
				cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
			}));
		}
		Thread.sleep(seconds * 1000L);
		stop.set(true);
		for (Future<?> worker : workers) {
			worker.get();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		executor.shutdown();
		executor.awaitTermination(10, TimeUnit.SECONDS);
		return new Measurement(done.get() / elapsed, cpuNanos.get() / 1e6 / done.get());
	}

}
