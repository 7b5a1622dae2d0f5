package io.mediaflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of a JVM's JIT compiler threads ({@code C1 CompilerThread*},
 * {@code C2 CompilerThread*}), read from {@code /proc/<pid>/task} without a request to
 * the JVM itself: asking Actuator between rounds ran code in the stack (a second
 * connector, Basic authentication, the metrics endpoint) that no user request runs, and
 * its recompilations landed in the round being measured (docs/performance.md, ninth
 * round). The JVM starts and stops compiler threads as its queue grows and shrinks, so
 * each thread's last reading is kept after it is gone.
 */
final class CompilerThreadsCpu {

	/** Linux's USER_HZ: the unit of the times in {@code /proc/<pid>/task/<tid>/stat}. */
	private static final double MILLIS_PER_TICK = 10;

	private final Path tasks;

	private final Map<String, Long> ticksByThread = new HashMap<>();

	CompilerThreadsCpu(long pid) {
		this.tasks = Path.of("/proc", Long.toString(pid), "task");
	}

	/** Milliseconds of CPU the compiler threads have used so far. */
	synchronized double millis() throws IOException {
		try (Stream<Path> threads = Files.list(this.tasks)) {
			for (Path thread : (Iterable<Path>) threads::iterator) {
				try {
					String name = Files.readString(thread.resolve("comm"));
					if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
						this.ticksByThread.merge(thread.getFileName().toString(), ticks(thread), Math::max);
					}
				}
				catch (NoSuchFileException ex) {
					// the thread ended while we looked: its last reading stays
				}
			}
		}
		return this.ticksByThread.values().stream().mapToLong(Long::longValue).sum() * MILLIS_PER_TICK;
	}

	private static long ticks(Path thread) throws IOException {
		String stat = Files.readString(thread.resolve("stat"));
		// the name in brackets may hold spaces: fields are counted after its closing one
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
	}

}
