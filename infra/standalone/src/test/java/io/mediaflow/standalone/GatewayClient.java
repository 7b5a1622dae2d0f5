package io.mediaflow.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * What a user's HTTP client does against the gateway: JSON, multipart uploads, bearer
 * tokens.
 */
final class GatewayClient {

	static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String baseUrl;

	GatewayClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Registers a fresh user and returns its token response. */
	JsonNode register() throws IOException, InterruptedException {
		HttpResponse<String> response = postJson("/registration",
				"{\"email\":\"user-%s@example.com\",\"password\":\"correct horse\"}".formatted(UUID.randomUUID()));
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Registration failed: " + response.statusCode() + " " + response.body());
		}
		return json.readTree(response.body());
	}

	/**
	 * Creates a name-only user (seeds 000/002/003) and returns its answer: user_id and
	 * UUID access_token.
	 */
	JsonNode createNameUser() throws IOException, InterruptedException {
		HttpResponse<String> response = postJson("/users",
				"{\"name\":\"user %s\"}".formatted(UUID.randomUUID().toString().substring(0, 12)));
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Creating a user failed: " + response.statusCode() + " " + response.body());
		}
		return json.readTree(response.body());
	}

	/**
	 * A name-only user's id and access token as the headers X-User-Id and X-Access-Token.
	 */
	static String[] accessTokenHeaders(JsonNode nameUser) {
		return new String[] { "X-User-Id", nameUser.get("user_id").asString(), "X-Access-Token",
				nameUser.get("access_token").asString() };
	}

	HttpResponse<String> postJson(String path, String body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).DELETE();
		if (!token.isEmpty()) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<String> getWithHeaders(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> getBytes(String path, String token) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<String> upload(String path, String token, Part... parts) throws IOException, InterruptedException {
		return uploadWithHeaders(path, new String[] { "Authorization", "Bearer " + token }, parts);
	}

	HttpResponse<String> uploadWithHeaders(String path, String[] headers, Part... parts)
			throws IOException, InterruptedException {
		String boundary = "mediaflow-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Part part : parts) {
			String fileHeaders = (part.fileName() != null)
					? "; filename=\"" + part.fileName() + "\"\r\nContent-Type: " + part.contentType() : "";
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
					+ fileHeaders + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(part.content());
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(
				request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
				HttpResponse.BodyHandlers.ofString());
	}

	/** The task's status as {@code /status/{id}} answers it now. */
	JsonNode status(String taskId, String token) throws IOException, InterruptedException {
		HttpResponse<String> response = get("/status/" + taskId, token);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Status failed: " + response.statusCode() + " " + response.body());
		}
		return json.readTree(response.body());
	}

	/**
	 * Polls {@code /status/{id}} until the task is finished; fails when the timeout
	 * passes first.
	 */
	JsonNode awaitFinished(String taskId, String token, Duration timeout) {
		return await("task " + taskId + " finished").atMost(timeout)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> status(taskId, token), GatewayClient::finished);
	}

	static boolean finished(JsonNode status) {
		return !status.get("status").asString().matches("PENDING|PROCESSING");
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
			throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(60)).build(), handler);
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : this.baseUrl + path);
	}

	record Part(String name, @Nullable String fileName, @Nullable String contentType, byte[] content) {

		static Part field(String name, String value) {
			return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
		}

	}

}
