package io.mediaflow.standalone.warmup;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompilerSettlingTests {

	private final AtomicLong compileMillis = new AtomicLong();

	private final AtomicLong nanos = new AtomicLong();

	private final CompilerSettling settling = new CompilerSettling(this.compileMillis::get, this.nanos::get);

	@Test
	void settlesAfterTwoQuietWindowsInARow() {
		assertThat(window(900)).as("compiling 45 % of the window").isFalse();
		assertThat(window(100)).as("one quiet window").isFalse();
		assertThat(window(150)).as("the second in a row").isTrue();
	}

	@Test
	void aBurstBetweenQuietWindowsStartsTheCountAgain() {
		window(100);
		window(1500);
		assertThat(window(0)).isFalse();
		assertThat(window(199)).isTrue();
	}

	@Test
	void compileTimeOfSeveralCompilerThreadsCanExceedTheWindow() {
		assertThat(window(3000)).isFalse();
		assertThat(this.settling.settled()).isFalse();
	}

	/** A two-second window in which the compiler worked the given milliseconds. */
	private boolean window(long compiled) {
		this.compileMillis.addAndGet(compiled);
		this.nanos.addAndGet(2_000_000_000L);
		return this.settling.sample();
	}

}
