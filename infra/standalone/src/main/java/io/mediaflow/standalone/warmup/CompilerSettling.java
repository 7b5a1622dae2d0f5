package io.mediaflow.standalone.warmup;

import java.util.function.LongSupplier;

/**
 * Tells when the JIT compiler has settled: its compile time (summed over its threads)
 * stayed under {@link #QUIET_SHARE} of the wall-clock time in {@link #QUIET_WINDOWS}
 * sampling windows in a row. One quiet window is not enough: compilation comes in bursts,
 * with lulls of a second or two between them.
 */
final class CompilerSettling {

	static final double QUIET_SHARE = 0.10;

	static final int QUIET_WINDOWS = 2;

	private final LongSupplier compileMillis;

	private final LongSupplier nanoTime;

	private long lastCompileMillis;

	private long lastNanos;

	private int quietWindows;

	CompilerSettling(LongSupplier compileMillis, LongSupplier nanoTime) {
		this.compileMillis = compileMillis;
		this.nanoTime = nanoTime;
		this.lastCompileMillis = compileMillis.getAsLong();
		this.lastNanos = nanoTime.getAsLong();
	}

	/** Ends a sampling window; true once the compiler has settled. */
	boolean sample() {
		long compiled = this.compileMillis.getAsLong();
		long now = this.nanoTime.getAsLong();
		double windowMillis = (now - this.lastNanos) / 1e6;
		double share = (windowMillis > 0) ? (compiled - this.lastCompileMillis) / windowMillis : 1;
		this.lastCompileMillis = compiled;
		this.lastNanos = now;
		this.quietWindows = (share < QUIET_SHARE) ? this.quietWindows + 1 : 0;
		return settled();
	}

	boolean settled() {
		return this.quietWindows >= QUIET_WINDOWS;
	}

}
