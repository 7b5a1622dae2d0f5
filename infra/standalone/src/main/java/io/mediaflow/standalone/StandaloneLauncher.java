package io.mediaflow.standalone;

import java.util.concurrent.CountDownLatch;

import io.mediaflow.common.runtime.CommonPool;

/**
 * {@code infra/standalone/run}: starts Mediaflow in this JVM and keeps it up until Ctrl-C.
 */
public final class StandaloneLauncher {

	private StandaloneLauncher() {
	}

	public static void main(String[] args) throws InterruptedException {
		CommonPool.ensureParallelism();
		StandaloneSettings settings;
		MediaflowStack stack;
		try {
			settings = StandaloneSettings.fromEnvironment(System.getenv());
			stack = MediaflowStack.start(settings);
		}
		catch (StandaloneStartupException ex) {
			System.err.println("Mediaflow cannot start: " + ex.getMessage());
			System.exit(2);
			return;
		}
		catch (RuntimeException ex) {
			// the services have logged the details (data/logs); the console gets what went wrong in one line
			System.err.println("Mediaflow cannot start: " + rootCause(ex));
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stack.close();
			stopped.countDown();
		}, "mediaflow-shutdown"));
		System.out.println();
		System.out.println("Mediaflow is up. Public API: " + stack.gatewayUrl());
		String internal = "http://" + stack.internalHost() + ":";
		System.out.println("  auth-service  " + internal + stack.authServicePort());
		System.out.println("  media-api     " + internal + stack.mediaApiPort());
		System.out.println("  media-worker  " + internal + stack.mediaWorkerPort() + " (health only)");
		System.out.println("  S3 (S3Proxy)  " + stack.s3Endpoint() + "  data in " + settings.dataDir().toAbsolutePath());
		System.out.println("Operator endpoints (Actuator; health open, the rest as 'operator'):");
		stack.managementPorts()
			.forEach((service, port) -> System.out.printf("  %-13s %s%d/actuator%n", service, internal, port));
		System.out.println("Logs: " + settings.dataDir().resolve("logs").toAbsolutePath()
				+ " (mediaflow.log, mediaflow-error.log)");
		System.out.println("Secrets (JWT key, operator password, S3 key) not given by MEDIAFLOW_* variables: "
				+ StandaloneSecrets.file(settings.dataDir()).toAbsolutePath());
		System.out.println("Press Ctrl-C to stop.");
		stopped.await();
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
		return cause.getClass().getSimpleName() + ": " + message;
	}

}
