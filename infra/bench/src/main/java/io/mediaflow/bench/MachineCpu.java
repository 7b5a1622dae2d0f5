package io.mediaflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time the whole machine spent busy (every process and the kernel: user, nice,
 * system, irq and softirq in {@code /proc/stat}), so that a phase can be read as CPU per
 * image, which the noise of a shared machine moves far less than its images/s; and the
 * machine's context switches, which count the hand-offs between threads and processes
 * that such a machine makes expensive. NaN where there is no {@code /proc/stat}, so a
 * difference of two readings is NaN too.
 */
final class MachineCpu {

	private static final Path STAT = Path.of("/proc/stat");

	/** USER_HZ, the unit of /proc/stat: 100 on every Linux architecture in use. */
	private static final double MILLIS_PER_TICK = 10;

	private MachineCpu() {
	}

	static double busyMillis() {
		try {
			String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
			long ticks = 0;
			for (int i : new int[] { 1, 2, 3, 6, 7 }) {
				ticks += Long.parseLong(fields[i]);
			}
			return ticks * MILLIS_PER_TICK;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	static double contextSwitches() {
		try (Stream<String> lines = Files.lines(STAT)) {
			return lines.filter((line) -> line.startsWith("ctxt "))
				.mapToDouble((line) -> Double.parseDouble(line.substring("ctxt ".length()).trim()))
				.findFirst()
				.orElse(Double.NaN);
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

}
