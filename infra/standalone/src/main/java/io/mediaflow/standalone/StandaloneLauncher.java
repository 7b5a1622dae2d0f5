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
		StandaloneSettings settings = StandaloneSettings.fromEnvironment(System.getenv());
		if (StandaloneSettings.DEV_JWT_SECRET.equals(settings.jwtSecret())) {
			System.err.println("Mediaflow: using the development JWT secret; set MEDIAFLOW_JWT_SECRET for anything"
					+ " but a local trial");
		}
		if (StandaloneSettings.DEV_OPERATOR_PASSWORD.equals(settings.operatorPassword())) {
			System.err.println("Mediaflow: the operator password is the development one ('"
					+ StandaloneSettings.DEV_OPERATOR_PASSWORD + "'); set MEDIAFLOW_OPERATOR_PASSWORD");
		}
		MediaflowStack stack;
		try {
			stack = MediaflowStack.start(settings);
		}
		catch (InfrastructureUnavailableException ex) {
			System.err.println("Mediaflow cannot start: " + ex.getMessage());
			System.exit(2);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stack.close();
			stopped.countDown();
		}, "mediaflow-shutdown"));
		System.out.println();
		System.out.println("Mediaflow is up. Public API: " + stack.gatewayUrl());
		System.out.println("  auth-service  http://localhost:" + stack.authServicePort());
		System.out.println("  media-api     http://localhost:" + stack.mediaApiPort());
		System.out.println("  media-worker  http://localhost:" + stack.mediaWorkerPort() + " (health only)");
		System.out.println("  S3 (S3Proxy)  " + stack.s3Endpoint() + "  data in " + settings.dataDir().toAbsolutePath());
		System.out.println("Operator endpoints (Actuator; health open, the rest as 'operator'):");
		stack.managementPorts()
			.forEach((service, port) -> System.out.printf("  %-13s http://localhost:%d/actuator%n", service, port));
		System.out.println("Logs: " + settings.dataDir().resolve("logs").toAbsolutePath()
				+ " (mediaflow.log, mediaflow-error.log)");
		System.out.println("Press Ctrl-C to stop.");
		stopped.await();
	}

}
