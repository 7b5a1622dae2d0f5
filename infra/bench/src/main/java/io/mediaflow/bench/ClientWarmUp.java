package io.mediaflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mediaflow.common.messaging.ImageFormat;

/**
 * Warms the benchmark's own HTTP client before the stack starts: the same uploads and
 * status polls as {@link EndToEndBenchmark}, against a stand-in on a local port that
 * answers like the gateway (every task is DONE at once). Otherwise the first round
 * through the stack, the cold figure, also pays for compiling the client: about a tenth
 * of both cores in that round (docs/performance.md, eighth round). The stand-in is not
 * the system under test; nothing of the stack is touched.
 */
final class ClientWarmUp {

	private static final int ROUND_IMAGES = 200;

	private ClientWarmUp() {
	}

	/** Runs rounds of uploads against the stand-in for about the given time. */
	static int run(List<byte[]> images, ImageFormat format, int clients, Duration duration) throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		ExecutorService handlers = Executors.newFixedThreadPool(clients);
		server.setExecutor(handlers);
		server.createContext("/registration", (exchange) -> answer(exchange, 201, "{\"access_token\":\"warm-up\"}"));
		server.createContext("/upload", (exchange) -> answer(exchange, 202,
				"{\"task_id\":\"" + UUID.randomUUID() + "\",\"status\":\"PENDING\",\"files\":1}"));
		server.createContext("/status/", (exchange) -> answer(exchange, 200, doneStatus(exchange)));
		server.start();
		try (GatewayHttp client = new GatewayHttp("http://127.0.0.1:" + server.getAddress().getPort())) {
			long deadline = System.nanoTime() + duration.toNanos();
			int uploads = 0;
			while (System.nanoTime() < deadline) {
				EndToEndBenchmark.run(client, images, format, ROUND_IMAGES, clients);
				uploads += ROUND_IMAGES;
			}
			return uploads;
		}
		finally {
			server.stop(0);
			handlers.shutdownNow();
		}
	}

	private static String doneStatus(HttpExchange exchange) {
		String taskId = exchange.getRequestURI().getPath().substring("/status/".length());
		return """
				{"task_id":"%s","status":"DONE","progress":{"total":1,"done":1,"failed":0},\
				"created_at":"2026-01-01T00:00:00Z","finished_at":"2026-01-01T00:00:01Z",\
				"expires_at":"2026-01-08T00:00:00Z","files":[{"file_id":"%s","name":"image.jpg","status":"DONE",\
				"outputs":["image_original.jpg","image_rotated.jpg","image_gray.jpg","image_scaled.jpg"],\
				"error":null}],"download_url":"/task/%s"}""".formatted(taskId, UUID.randomUUID(), taskId);
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		try (InputStream request = exchange.getRequestBody()) {
			request.transferTo(OutputStream.nullOutputStream());
		}
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream response = exchange.getResponseBody()) {
			response.write(body);
		}
	}

}
