package io.mediaflow.platform.runtime;

/**
 * On machines with one or two cores the JDK gives the common fork-join pool a parallelism
 * of at most one, and {@code CompletableFuture} then starts a new thread for every
 * asynchronous step. The MinIO client runs every S3 call through such steps, so each call
 * cost fresh threads (measured: most of the stack's non-image CPU on two cores). Called
 * first thing in every {@code main}, this keeps a real pool.
 */
public final class CommonPool {

	static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

	private CommonPool() {
	}

	public static void ensureParallelism() {
		if (System.getProperty(PARALLELISM) == null) {
			System.setProperty(PARALLELISM, Integer.toString(Math.max(2, Runtime.getRuntime().availableProcessors())));
		}
	}

}
