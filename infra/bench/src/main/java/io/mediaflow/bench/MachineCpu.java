package io.mediaflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A reading of the whole machine's counters in {@code /proc/stat}: the CPU time spent
 * busy (every process and the kernel: user, nice, system, irq and softirq), so that a
 * phase can be read as CPU per image, which the noise of a shared machine moves far less
 * than its images/s; and the context switches, which count the hand-offs between threads
 * and processes that such a machine makes expensive. NaN where there is no
 * {@code /proc/stat}, so a difference of two readings is NaN too.
 */
record MachineCpu(double busyMillis, double contextSwitches) {

	private static final Path STAT = Path.of("/proc/stat");

	/** USER_HZ, the unit of /proc/stat: 100 on every Linux architecture in use. */
	private static final double MILLIS_PER_TICK = 10;

	static MachineCpu read() {
		try {
			List<String> lines = Files.readAllLines(STAT);
			String[] cpu = lines.get(0).trim().split("\\s+");
			long ticks = 0;
			for (int i : new int[] { 1, 2, 3, 6, 7 }) {
				ticks += Long.parseLong(cpu[i]);
			}
			double switches = lines.stream()
				.filter((line) -> line.startsWith("ctxt "))
				.mapToDouble((line) -> Double.parseDouble(line.substring("ctxt ".length()).trim()))
				.findFirst()
				.orElse(Double.NaN);
			return new MachineCpu(ticks * MILLIS_PER_TICK, switches);
		}
		catch (IOException | RuntimeException ex) {
			return new MachineCpu(Double.NaN, Double.NaN);
		}
	}

	/** What the machine did since an earlier reading, divided among that many images. */
	MachineCpu perImageSince(MachineCpu before, int images) {
		return new MachineCpu((this.busyMillis - before.busyMillis) / images,
				(this.contextSwitches - before.contextSwitches) / images);
	}

}
