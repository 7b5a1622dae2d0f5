package io.mediaflow.standalone.traffic;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's requests through the gateway, as plain HTTP: register, upload one file, poll
 * its task until it is finished, download the zip, delete the account. Any answer but the
 * expected one is an {@link IllegalStateException}.
 */
public final class GatewayTraffic {

	private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern USER_ID = Pattern.compile("\"user_id\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern TASK_ID = Pattern.compile("\"task_id\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

	private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String gatewayUrl;

	public GatewayTraffic(String gatewayUrl) {
		this.gatewayUrl = gatewayUrl;
	}

	/** A user registered by e-mail, with its first access token. */
	public record User(UUID id, String token) {
	}

	public User register(String emailPrefix) throws IOException, InterruptedException {
		String body = send(
				HttpRequest.newBuilder(uri("/registration"))
					.header("Content-Type", "application/json")
					.POST(BodyPublishers.ofString("{\"email\":\"" + emailPrefix + "-" + UUID.randomUUID()
							+ "@example.com\",\"password\":\"" + UUID.randomUUID() + "\"}")),
				BodyHandlers.ofString())
			.body();
		return new User(UUID.fromString(field(USER_ID, body)), field(TOKEN, body));
	}

	/** Uploads one file to {@code /upload}; answers its task's id. */
	public UUID upload(User user, String name, String contentType, byte[] content)
			throws IOException, InterruptedException {
		String boundary = "traffic-" + UUID.randomUUID();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
		String body = send(authorized(uri("/upload"), user)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.concat(BodyPublishers.ofString(head, StandardCharsets.UTF_8),
					BodyPublishers.ofByteArray(content), BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"))),
				BodyHandlers.ofString())
			.body();
		return UUID.fromString(field(TASK_ID, body));
	}

	/** Polls the task's status until it is no longer PENDING or PROCESSING. */
	public String awaitFinished(User user, UUID taskId, Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			String status = field(STATUS,
					send(authorized(uri("/status/" + taskId), user), BodyHandlers.ofString()).body());
			if (!status.equals("PENDING") && !status.equals("PROCESSING")) {
				return status;
			}
			Thread.sleep(POLL_INTERVAL);
		}
		throw new IllegalStateException("Task " + taskId + " did not finish in " + timeout);
	}

	/** Downloads the finished task's zip and drops it. */
	public void downloadZip(User user, UUID taskId) throws IOException, InterruptedException {
		send(authorized(uri("/task/" + taskId), user), BodyHandlers.discarding());
	}

	public void deleteAccount(User user) throws IOException, InterruptedException {
		send(authorized(uri("/users/me"), user).DELETE(), BodyHandlers.discarding());
	}

	private HttpRequest.Builder authorized(URI uri, User user) {
		return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + user.token());
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
			throws IOException, InterruptedException {
		HttpResponse<T> response = this.http.send(request.timeout(Duration.ofMinutes(2)).build(), body);
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(
					"Request " + response.request().uri().getPath() + ": HTTP " + response.statusCode());
		}
		return response;
	}

	private static String field(Pattern pattern, String json) {
		Matcher matcher = pattern.matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("Unexpected response: " + json);
		}
		return matcher.group(1);
	}

	private URI uri(String path) {
		return URI.create(this.gatewayUrl + path);
	}

}
