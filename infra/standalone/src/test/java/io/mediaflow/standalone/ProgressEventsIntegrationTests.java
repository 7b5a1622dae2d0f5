package io.mediaflow.standalone;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /status/{task_id}/events} through the gateway of a real stack: the status
 * arrives as it changes (not all at the end: the gateway does not buffer), heartbeats
 * keep the stream alive, and the stream ends with DONE; a finished task ends at once; an
 * unknown or someone else's task is 404 here as on every task route.
 */
@StackTest(TestStack.SINGLE_IMAGE_CONSUMER)
class ProgressEventsIntegrationTests {

	private static MediaflowStack stack;

	private static GatewayClient client;

	private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void theStreamCarriesEveryChangeAsItHappensAndEndsWithDone() throws Exception {
		String token = client.register().get("access_token").asString();
		// 20 photos one after the other take well over a second even on the TurboJPEG
		// kernel (~0.1 s each with their S3 and database round trips)
		byte[] photo = TestImages.jpeg(2400, 1600);
		List<Part> parts = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			parts.add(new Part("files", "photo-" + i + ".jpg", "image/jpeg", photo));
		}
		String taskId = taskId(client.upload("/upload", token, parts.toArray(Part[]::new)));

		HttpResponse<Stream<String>> response = events(taskId, token);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		List<Event> events = read(response.body());
		Event end = events.get(events.size() - 1);
		assertThat(end.name()).isEqualTo("end");
		assertThat(end.data().get("status").asString()).isEqualTo("DONE");
		List<Event> statuses = events.stream().filter((event) -> event.name().equals("status")).toList();
		assertThat(statuses.get(0).data().get("status").asString()).isIn("PENDING", "PROCESSING");
		assertThat(statuses.get(statuses.size() - 1).data()).isEqualTo(end.data());
		assertThat(statuses).extracting((event) -> event.data().get("progress").get("done").asInt())
			.as("done counts as they grew")
			.isSorted()
			.hasSizeGreaterThan(2);
		assertThat(end.receivedNanos() - statuses.get(1).receivedNanos())
			.as("the second status came long before the end")
			.isGreaterThan(Duration.ofMillis(500).toNanos());
		assertThat(events).anyMatch((event) -> event.name().equals("heartbeat"));
		assertThat(end.data().get("task_id").asString()).isEqualTo(taskId);
		assertThat(end.data().get("download_url").asString()).isEqualTo(stack.gatewayUrl() + "/task/" + taskId);
	}

	@Test
	void aFinishedTaskGetsItsStatusAndTheEndAtOnce() throws Exception {
		String token = client.register().get("access_token").asString();
		String taskId = taskId(
				client.upload("/upload", token, new Part("files", "a.png", "image/png", TestImages.png(16, 16))));
		assertThat(client.awaitFinished(taskId, token, Duration.ofSeconds(60)).get("status").asString())
			.isEqualTo("DONE");

		List<Event> events = read(events(taskId, token).body());

		assertThat(events).extracting(Event::name).containsExactly("status", "end");
		assertThat(events.get(1).data().get("status").asString()).isEqualTo("DONE");
	}

	@Test
	void anUnknownOrSomeoneElsesTaskIsNotFoundOnEveryTaskRoute() throws Exception {
		String ownerToken = client.register().get("access_token").asString();
		String strangerToken = client.register().get("access_token").asString();
		String othersTask = taskId(
				client.upload("/upload", ownerToken, new Part("files", "a.png", "image/png", TestImages.png(16, 16))));

		for (String taskId : List.of(UUID.randomUUID().toString(), othersTask)) {
			assertNotFound(client.get("/status/" + taskId, strangerToken));
			assertNotFound(events(taskId, strangerToken));
			assertNotFound(client.get("/task/" + taskId, strangerToken));
			assertNotFound(client.delete("/task/" + taskId, strangerToken));
		}
		assertThat(client.get("/status/not-a-uuid/events", strangerToken).statusCode()).isEqualTo(400);
	}

	private static void assertNotFound(HttpResponse<?> response) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
	}

	private static HttpResponse<Stream<String>> events(String taskId, String token) throws Exception {
		return http.send(request("/status/" + taskId + "/events", token).header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.ofLines());
	}

	private static HttpRequest.Builder request(String path, String token) {
		return HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
			.timeout(Duration.ofSeconds(90))
			.header("Authorization", "Bearer " + token);
	}

	/** The events of a stream until it closes; a comment line counts as a heartbeat. */
	private static List<Event> read(Stream<String> lines) {
		List<Event> events = new ArrayList<>();
		String name = null;
		StringBuilder data = new StringBuilder();
		for (Iterator<String> line = lines.iterator(); line.hasNext();) {
			String text = line.next();
			if (text.startsWith(":")) {
				events.add(new Event("heartbeat", null, System.nanoTime()));
			}
			else if (text.startsWith("event:")) {
				name = text.substring("event:".length()).strip();
			}
			else if (text.startsWith("data:")) {
				data.append(text.substring("data:".length()));
			}
			else if (text.isEmpty() && name != null) {
				events.add(new Event(name, GatewayClient.json.readTree(data.toString()), System.nanoTime()));
				name = null;
				data.setLength(0);
			}
		}
		return events;
	}

	private static String taskId(HttpResponse<String> accepted) {
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		return GatewayClient.json.readTree(accepted.body()).get("task_id").asString();
	}

	private record Event(String name, JsonNode data, long receivedNanos) {
	}

}
