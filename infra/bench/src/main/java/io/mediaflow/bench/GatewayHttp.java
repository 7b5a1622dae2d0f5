package io.mediaflow.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's HTTP client against the gateway. Multipart bodies are streamed from memory or
 * from files, so large uploads do not load the benchmark either.
 */
final class GatewayHttp {

	static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String baseUrl;

	GatewayHttp(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Registers a new user; returns its JWT. */
	String registerUser() throws IOException, InterruptedException {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/registration"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"bench-" + UUID.randomUUID()
							+ "@example.com\",\"password\":\"benchmark-password\"}")),
				HttpResponse.BodyHandlers.ofString());
		return json.readTree(response.body()).get("access_token").asString();
	}

	HttpResponse<String> upload(String path, String token, List<Part> parts) throws IOException, InterruptedException {
		String boundary = "bench-" + UUID.randomUUID();
		List<HttpRequest.BodyPublisher> body = new ArrayList<>();
		for (Part part : parts) {
			body.add(HttpRequest.BodyPublishers.ofString(
					"--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\"; filename=\""
							+ part.fileName() + "\"\r\nContent-Type: " + part.contentType() + "\r\n\r\n",
					StandardCharsets.UTF_8));
			body.add((part.file() != null) ? HttpRequest.BodyPublishers.ofFile(part.file())
					: HttpRequest.BodyPublishers.ofByteArray(part.bytes()));
			body.add(HttpRequest.BodyPublishers.ofString("\r\n"));
		}
		body.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
		return send(
				HttpRequest.newBuilder(uri(path))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.concat(body.toArray(HttpRequest.BodyPublisher[]::new))),
				HttpResponse.BodyHandlers.ofString());
	}

	JsonNode status(String taskId, String token) throws IOException, InterruptedException {
		return json.readTree(get("/status/" + taskId, token, HttpResponse.BodyHandlers.ofString()).body());
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

	<T> HttpResponse<T> get(String pathOrUrl, String token, HttpResponse.BodyHandler<T> handler)
			throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Authorization", "Bearer " + token), handler);
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
			throws IOException, InterruptedException {
		return this.http.send(request.timeout(Duration.ofMinutes(10)).build(), handler);
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.baseUrl + pathOrUrl);
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
