package io.mediaflow.worker.lifecycle;

import sun.misc.Signal;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A worker process asked to stop closes its context (listener containers first, see
 * {@link ShutdownProperties}) and exits with code 0. The JVM's own answer to SIGTERM is
 * the same close from a shutdown hook, but with exit code 143, which a supervisor counts
 * as a crash; so the worker's {@code main} takes over SIGTERM and SIGINT.
 */
public final class GracefulExit {

	private GracefulExit() {
	}

	/** Called by {@code main} once the context runs; never in the standalone JVM. */
	public static void onTermination(ConfigurableApplicationContext context) {
		Signal.handle(new Signal("TERM"), (signal) -> exit(context));
		Signal.handle(new Signal("INT"), (signal) -> exit(context));
	}

	static void exit(ConfigurableApplicationContext context) {
		System.exit(SpringApplication.exit(context));
	}

}
