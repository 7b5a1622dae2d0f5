package io.mediaflow.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command-line flags of the benchmark, each with a default that keeps a run under five
 * minutes on two cores.
 *
 * @param images images uploaded end to end (N)
 * @param clients concurrent uploading clients (C)
 * @param width width of the test images
 * @param height height of the test images
 * @param format {@code jpeg} or {@code png}
 * @param warmupSeconds longest warm-up of the stack before the end-to-end measurement (it
 * ends earlier once the JIT compiler has settled)
 * @param kernelSeconds how long the in-process limit is measured
 * @param audioSeconds length of the WAV for the audio comparison
 * @param stackHeapMb heap of the stack under test; the memory scenario moves four times
 * as much
 * @param skipMemory leave out the memory scenario
 * @param stackJavaOptions extra JVM options of the stack under test (as {@code JAVA_OPTS}
 * of {@code infra/standalone/run}), split on spaces
 * @param stackAotCache JDK 25 AOT cache the stack starts with, as
 * {@code infra/standalone/run} uses it: the stack then runs from the extracted
 * application beside the cache ({@code mediaflow-standalone.jar} and {@code lib/});
 * {@code null} runs the plain jar without a cache
 */
record BenchOptions(int images, int clients, int width, int height, String format, int warmupSeconds, int kernelSeconds,
		int audioSeconds, int stackHeapMb, boolean skipMemory, String stackJavaOptions, Path stackAotCache,
		Path stackJar, Path s3proxyJar, Path workDir) {

	static final String USAGE = """
			infra/bench/run [--images N] [--clients C] [--size WxH] [--format jpeg|png] [--warmup-seconds S]
			                [--kernel-seconds S] [--audio-seconds S] [--stack-heap-mb M] [--skip-memory]
			                [--stack-java-opts "OPTS"] [--stack-aot-cache FILE|none] [--work-dir DIR]
			defaults: --images 300 --clients 4 --size 1920x1080 --format jpeg --warmup-seconds 100
			          --kernel-seconds 10 --audio-seconds 120 --stack-heap-mb 256 --work-dir target/bench""";

	static BenchOptions parse(String[] args) {
		Map<String, String> flags = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument " + args[i]);
			}
			String name = args[i].substring(2);
			if (name.equals("skip-memory") || name.equals("help")) {
				flags.put(name, "true");
			}
			else if (i + 1 < args.length) {
				flags.put(name, args[++i]);
			}
			else {
				throw new IllegalArgumentException("--" + name + " needs a value");
			}
		}
		if (flags.containsKey("help")) {
			System.out.println(USAGE);
			System.exit(0);
		}
		String[] size = flags.getOrDefault("size", "1920x1080").split("x");
		return new BenchOptions(Integer.parseInt(flags.getOrDefault("images", "300")),
				Integer.parseInt(flags.getOrDefault("clients", "4")), Integer.parseInt(size[0]),
				Integer.parseInt(size[1]), flags.getOrDefault("format", "jpeg"),
				Integer.parseInt(flags.getOrDefault("warmup-seconds", "100")),
				Integer.parseInt(flags.getOrDefault("kernel-seconds", "10")),
				Integer.parseInt(flags.getOrDefault("audio-seconds", "120")),
				Integer.parseInt(flags.getOrDefault("stack-heap-mb", "256")),
				Boolean.parseBoolean(flags.getOrDefault("skip-memory", "false")),
				flags.getOrDefault("stack-java-opts", System.getenv().getOrDefault("JAVA_OPTS", "")).trim(),
				flags.getOrDefault("stack-aot-cache", "none").equals("none") ? null
						: Path.of(flags.get("stack-aot-cache")).toAbsolutePath(),
				Path.of(required(flags, "stack-jar")), Path.of(required(flags, "s3proxy-jar")),
				Path.of(flags.getOrDefault("work-dir", "target/bench")));
	}

	private static String required(Map<String, String> flags, String name) {
		String value = flags.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required (infra/bench/run passes it)");
		}
		return value;
	}

}
