package io.mediaflow.standalone;

import java.util.concurrent.CountDownLatch;

/**
 * {@code infra/standalone/run}: starts Mediaflow in this JVM and keeps it up until Ctrl-C.
 */
public final class StandaloneLauncher {

	private StandaloneLauncher() {
	}

	public static void main(String[] args) throws InterruptedException {
		StandaloneSettings settings = StandaloneSettings.fromEnvironment(System.getenv());
		if (StandaloneSettings.DEV_JWT_SECRET.equals(settings.jwtSecret())) {
			System.err.println("Mediaflow: using the development JWT secret; set MEDIAFLOW_JWT_SECRET for anything"
					+ " but a local trial");
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
		System.out.println("Press Ctrl-C to stop.");
		stopped.await();
	}

}
