package io.mediaflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The same kernel in Pillow ({@code pillow_kernel.py}), one Python process per core on
 * the same images, as the yardstick of the seeds' Python stack. Pillow must be importable
 * by a {@code python3}: Debian's {@code python3-pil} is looked for in
 * {@code /usr/bin/python3} too, since a PATH python (pyenv, venv) may lack it.
 */
final class PillowBenchmark {

	static final String MISSING = "Pillow not found: install it with 'apt-get install python3 python3-pil' "
			+ "(or 'pip install pillow' for the python3 on the PATH)";

	private static final String RESULT_PREFIX = "PILLOW=";

	private PillowBenchmark() {
	}

	static Optional<KernelBenchmark.Measurement> measure(Path imagesDir, int seconds, Path workDir) throws Exception {
		Optional<String> python = findPython();
		if (python.isEmpty()) {
			return Optional.empty();
		}
		Path script = workDir.resolve("pillow_kernel.py");
		try (InputStream in = PillowBenchmark.class.getResourceAsStream("/pillow_kernel.py")) {
			Files.write(script, in.readAllBytes());
		}
		List<Process> processes = new ArrayList<>();
		for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
			processes.add(new ProcessBuilder(python.get(), script.toString(), imagesDir.toString(),
					Integer.toString(seconds), "90", "3")
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start());
		}
		double rate = 0;
		double cpuMillis = 0;
		for (Process process : processes) {
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0 || !output.startsWith(RESULT_PREFIX)) {
				throw new IllegalStateException("The Pillow kernel failed: " + output);
			}
			KernelBenchmark.Measurement one = KernelBenchmark.Measurement
				.parse(output.trim().substring(RESULT_PREFIX.length()));
			rate += one.imagesPerSecond();
			cpuMillis += one.cpuMillisPerImage() / processes.size();
		}
		return Optional.of(new KernelBenchmark.Measurement(rate, cpuMillis));
	}

	private static Optional<String> findPython() throws InterruptedException {
		for (String python : List.of("python3", "/usr/bin/python3")) {
			try {
				Process probe = new ProcessBuilder(python, "-c", "import PIL").redirectErrorStream(true).start();
				probe.getInputStream().readAllBytes();
				if (probe.waitFor() == 0) {
					return Optional.of(python);
				}
			}
			catch (IOException ex) {
				// not installed under that name: try the next
			}
		}
		return Optional.empty();
	}

}
