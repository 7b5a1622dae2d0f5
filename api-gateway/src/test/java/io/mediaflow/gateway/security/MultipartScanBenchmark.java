package io.mediaflow.gateway.security;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * How fast the gateway scans multipart form fields: a 60 KB run of other fields, then the
 * credentials, then a file part (the most the gateway ever scans), 4000 times per round.
 * Prints MB/s of wall time and per CPU second (the second holds on a busy machine). Run
 * from api-gateway after {@code ./mvnw test-compile}:
 * {@code java -cp target/classes:target/test-classes io.mediaflow.gateway.security.MultipartScanBenchmark}
 */
final class MultipartScanBenchmark {

	private MultipartScanBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		StringBuilder text = new StringBuilder();
		while (text.length() < 60_000) {
			text.append("--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n")
				.append("x".repeat(900))
				.append("\r\n");
		}
		text.append("--b\r\nContent-Disposition: form-data; name=\"user_id\"\r\n\r\nu\r\n")
			.append("--b\r\nContent-Disposition: form-data; name=\"access_token\"\r\n\r\nt\r\n")
			.append("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.wav\"\r\n\r\n");
		byte[] body = text.toString().getBytes(StandardCharsets.ISO_8859_1);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 0; round < 10; round++) {
			long wall = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < 4000; i++) {
				if (MultipartFieldScanner.scan(new ByteArrayInputStream(body), "b", Set.of("user_id", "access_token"))
					.size() != 2) {
					throw new IllegalStateException("credentials not found");
				}
			}
			double megabytes = 4000.0 * body.length / 1e6;
			System.out.printf("round %d: %.0f MB/s wall, %.0f MB per CPU second%n", round,
					megabytes / ((System.nanoTime() - wall) / 1e9),
					megabytes / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9));
		}
	}

}
