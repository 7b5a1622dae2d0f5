package io.mediaflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's HTTP client against the gateway: Apache HttpClient's blocking client, each
 * request made in the calling thread. Multipart bodies (its
 * {@code MultipartEntityBuilder}) are streamed from memory or from files, so large
 * uploads do not load the benchmark either. The JDK's {@code HttpClient} used before
 * passed every request through its selector thread and executor: more context switches
 * per image than the stack's own hand-offs on the same two cores, and seconds of JIT
 * compilation of its own in the cold round (docs/performance.md, ninth round).
 */
final class GatewayHttp implements AutoCloseable {

	static final JsonMapper json = JsonMapper.builder().build();

	private final CloseableHttpClient http = HttpClients.custom()
		.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
			.setMaxConnPerRoute(64)
			.setMaxConnTotal(64)
			.setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.ofSeconds(10))
				.setSocketTimeout(Timeout.ofMinutes(10))
				.build())
			.build())
		.disableAutomaticRetries()
		.disableContentCompression()
		.build();

	private final String baseUrl;

	GatewayHttp(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** An answer with its body read as text. */
	record Answer(int statusCode, String body) {
	}

	/** A download, read to its end and counted. */
	record Download(int statusCode, long bytes) {
	}

	/** Registers a new user; returns its JWT. */
	String registerUser() throws IOException {
		HttpPost request = new HttpPost(uri("/registration"));
		request.setEntity(new StringEntity(
				"{\"email\":\"bench-" + UUID.randomUUID() + "@example.com\",\"password\":\"benchmark-password\"}",
				ContentType.APPLICATION_JSON));
		return json.readTree(this.http.execute(request, GatewayHttp::text).body()).get("access_token").asString();
	}

	Answer upload(String path, String token, List<Part> parts) throws IOException {
		HttpPost request = new HttpPost(uri(path));
		request.setHeader("Authorization", "Bearer " + token);
		MultipartEntityBuilder body = MultipartEntityBuilder.create().setBoundary("bench-" + UUID.randomUUID());
		for (Part part : parts) {
			ContentType type = ContentType.create(part.contentType());
			if (part.file() != null) {
				body.addBinaryBody(part.name(), part.file().toFile(), type, part.fileName());
			}
			else {
				body.addBinaryBody(part.name(), part.bytes(), type, part.fileName());
			}
		}
		request.setEntity(body.build());
		return this.http.execute(request, GatewayHttp::text);
	}

	JsonNode status(String taskId, String token) throws IOException {
		HttpGet request = new HttpGet(uri("/status/" + taskId));
		request.setHeader("Authorization", "Bearer " + token);
		return json.readTree(this.http.execute(request, GatewayHttp::text).body());
	}

	/** Polls until the task is finished; returns its final status. */
	String awaitFinished(String taskId, String token, Duration poll) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (System.nanoTime() < deadline) {
			String status = status(taskId, token).get("status").asString();
			if (!status.equals("PENDING") && !status.equals("PROCESSING")) {
				return status;
			}
			Thread.sleep(poll.toMillis());
		}
		throw new IllegalStateException("Task " + taskId + " did not finish in 10 minutes");
	}

	/** Downloads a path or URL, reading the body to its end without keeping it. */
	Download download(String pathOrUrl, String token) throws IOException {
		HttpGet request = new HttpGet(uri(pathOrUrl));
		request.setHeader("Authorization", "Bearer " + token);
		return this.http.execute(request, (response) -> {
			long bytes = 0;
			if (response.getEntity() != null) {
				try (InputStream body = response.getEntity().getContent()) {
					bytes = body.transferTo(OutputStream.nullOutputStream());
				}
			}
			return new Download(response.getCode(), bytes);
		});
	}

	@Override
	public void close() throws IOException {
		this.http.close();
	}

	private static Answer text(ClassicHttpResponse response) throws IOException {
		try {
			HttpEntity entity = response.getEntity();
			return new Answer(response.getCode(),
					(entity != null) ? EntityUtils.toString(entity, StandardCharsets.UTF_8) : "");
		}
		catch (ParseException ex) {
			throw new IOException(ex);
		}
	}

	private String uri(String pathOrUrl) {
		return pathOrUrl.startsWith("http") ? pathOrUrl : this.baseUrl + pathOrUrl;
	}

	record Part(String name, String fileName, String contentType, byte[] bytes, Path file) {

		static Part of(String name, String fileName, String contentType, byte[] bytes) {
			return new Part(name, fileName, contentType, bytes, null);
		}

		static Part of(String name, String fileName, String contentType, Path file) {
			return new Part(name, fileName, contentType, null, file);
		}

	}

}
