package io.mediaflow.bench;

import java.util.List;
import java.util.Locale;

import io.mediaflow.common.messaging.ImageFormat;

/**
 * Brings a freshly started stack to its steady state before anything is measured. Four
 * Spring contexts in one JVM give the JIT compiler minutes of work; on two cores that
 * work competes with the workers. Rounds of uploads run until the compiler has taken less
 * than {@link #QUIET_SHARE} of the time in {@link #QUIET_ROUNDS} rounds in a row (the CPU
 * of its compiler threads, {@link CompilerThreadsCpu}), or until the time allowed is up:
 * one quiet round of about a second was often a lull between two bursts of compilation
 * (docs/performance.md, sixth round). The compiler threads' CPU reads lower than the
 * compile time Actuator reported, which on two busy cores also counted the time a compile
 * waited for a core, hence a lower bar and one more round than before (ninth round).
 */
final class WarmUp {

	/** Compiler CPU per wall-clock time below which the JIT counts as settled. */
	static final double QUIET_SHARE = 0.05;

	static final int QUIET_ROUNDS = 3;

	static final int ROUND_IMAGES = 40;

	record Result(int rounds, int images, double seconds, double coldImagesPerSecond, double lastJitShare) {
	}

	private WarmUp() {
	}

	static Result run(GatewayHttp gateway, StackProcess stack, List<byte[]> images, ImageFormat format, int clients,
			int maxSeconds) throws Exception {
		long start = System.nanoTime();
		double cold = 0;
		double share = 1;
		int rounds = 0;
		int quietRounds = 0;
		double compiled = stack.jitCompilationMillis();
		do {
			long roundStart = System.nanoTime();
			EndToEndBenchmark.Result round = EndToEndBenchmark.run(gateway, images, format, ROUND_IMAGES, clients);
			double roundMillis = (System.nanoTime() - roundStart) / 1e6;
			double nowCompiled = stack.jitCompilationMillis();
			share = (nowCompiled - compiled) / roundMillis;
			compiled = nowCompiled;
			quietRounds = (share < QUIET_SHARE) ? quietRounds + 1 : 0;
			if (rounds++ == 0) {
				cold = round.imagesPerSecond();
			}
			System.err.printf(Locale.ROOT,
					"[bench]   warm-up round %d: %.1f images/s, JIT compiling %.0f %% of the time%n", rounds,
					round.imagesPerSecond(), share * 100);
		}
		while (quietRounds < QUIET_ROUNDS && (System.nanoTime() - start) / 1e9 < maxSeconds);
		return new Result(rounds, rounds * ROUND_IMAGES, (System.nanoTime() - start) / 1e9, cold, share);
	}

}
