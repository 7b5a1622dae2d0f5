package io.mediaflow.standalone;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TestAudio;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} through the gateway of a real stack: a repeat replays the first
 * answer and stores nothing new, the same key with another request is refused, and
 * concurrent repeats make one task.
 */
@StackTest(TestStack.STANDARD)
class IdempotencyIntegrationTests {

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void aRepeatReturnsTheFirstAnswerAndStoresNothingNew() throws Exception {
		JsonNode user = client.register();
		String token = user.get("access_token").asString();
		UUID userId = UUID.fromString(user.get("user_id").asString());
		Part photo = new Part("files", "a.png", "image/png", TestImages.png(32, 32));
		String key = UUID.randomUUID().toString();

		HttpResponse<String> first = upload(token, key, photo);
		HttpResponse<String> repeat = upload(token, key, photo);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
		assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
		assertThat(repeat.statusCode()).as(repeat.body()).isEqualTo(202);
		assertThat(repeat.headers().firstValue("Idempotent-Replayed")).contains("true");
		assertThat(repeat.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(taskId(repeat)).isEqualTo(taskId(first));
		assertThat(tasksOf(userId)).isEqualTo(1);
		assertThat(TestDatabase.count("SELECT count(*) FROM media.task_files f JOIN media.tasks t ON t.id = f.task_id"
				+ " WHERE t.user_id = ?", userId))
			.isEqualTo(1);

		HttpResponse<String> other = upload(token, key, new Part("files", "b.png", "image/png", TestImages.png(8, 8)));
		assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
		assertThat(other.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(other.body()).contains("Idempotency-Key reused");

		HttpResponse<String> tooLong = upload(token, "k".repeat(256), photo);
		assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
		assertThat(tooLong.headers().firstValue("Content-Type")).contains("application/problem+json");

		String anotherToken = client.register().get("access_token").asString();
		HttpResponse<String> anotherUsers = upload(anotherToken, key, photo);
		assertThat(anotherUsers.statusCode()).isEqualTo(202);
		assertThat(taskId(anotherUsers)).as("a key is the user's own").isNotEqualTo(taskId(first));
		assertThat(tasksOf(userId)).isEqualTo(1);
	}

	@Test
	void aRefusedRequestDoesNotTakeTheKey() throws Exception {
		JsonNode user = client.register();
		String token = user.get("access_token").asString();
		String key = UUID.randomUUID().toString();

		HttpResponse<String> refused = upload(token, key, new Part("files", "a.png", "image/png", new byte[] { 1 }));
		HttpResponse<String> fixed = upload(token, key,
				new Part("files", "a.png", "image/png", TestImages.png(16, 16)));

		assertThat(refused.statusCode()).isEqualTo(415);
		assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(202);
		assertThat(tasksOf(UUID.fromString(user.get("user_id").asString()))).isEqualTo(1);
	}

	@Test
	void aRepeatedRecordAndJsonImageAnswerTheSameIds() throws Exception {
		JsonNode user = client.register();
		String token = user.get("access_token").asString();
		String recordKey = UUID.randomUUID().toString();
		Part wav = new Part("record", "voice.wav", "audio/wav", TestAudio.wav(1, 8000, 1));
		HttpResponse<String> record = client.uploadWithHeaders("/record", headers(token, recordKey), wav);
		assertThat(record.statusCode()).as(record.body()).isEqualTo(201);
		HttpResponse<String> recordRepeat = client.uploadWithHeaders("/record", headers(token, recordKey), wav);
		assertThat(recordRepeat.statusCode()).isEqualTo(201);
		assertThat(recordRepeat.body()).isEqualTo(record.body());

		String imageKey = UUID.randomUUID().toString();
		String json = "{\"img\":\"" + Base64.getEncoder().encodeToString(TestImages.png(20, 10)) + "\",\"x\":\"10\"}";
		HttpResponse<String> image = client.postJson("/img", json, headers(token, imageKey));
		HttpResponse<String> imageRepeat = client.postJson("/img", json, headers(token, imageKey));
		HttpResponse<String> otherImage = client.postJson("/img", json.replace("\"10\"", "\"5\""),
				headers(token, imageKey));
		assertThat(image.statusCode()).as(image.body()).isEqualTo(201);
		assertThat(imageRepeat.statusCode()).isEqualTo(201);
		assertThat(imageRepeat.headers().firstValue("Idempotent-Replayed")).contains("true");
		assertThat(imageRepeat.body()).isEqualTo(image.body());
		assertThat(otherImage.statusCode()).isEqualTo(422);
		assertThat(tasksOf(UUID.fromString(user.get("user_id").asString()))).isEqualTo(2);
	}

	@Test
	void concurrentRepeatsCreateOneTask() throws Exception {
		JsonNode user = client.register();
		String token = user.get("access_token").asString();
		String key = UUID.randomUUID().toString();
		Part[] photos = { new Part("files", "a.jpg", "image/jpeg", TestImages.jpeg(1200, 800)),
				new Part("files", "b.jpg", "image/jpeg", TestImages.jpeg(1200, 800)) };
		int repeats = 6;
		List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < repeats; i++) {
			calls.add(() -> upload(token, key, photos));
		}
		List<HttpResponse<String>> answers = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(repeats)) {
			for (Future<HttpResponse<String>> answer : threads.invokeAll(calls)) {
				answers.add(answer.get());
			}
		}

		Set<String> taskIds = new HashSet<>();
		for (HttpResponse<String> answer : answers) {
			assertThat(answer.statusCode()).as(answer.body()).isIn(202, 409);
			if (answer.statusCode() == 202) {
				taskIds.add(taskId(answer));
			}
		}
		assertThat(taskIds).hasSize(1);
		assertThat(tasksOf(UUID.fromString(user.get("user_id").asString()))).isEqualTo(1);
	}

	private static HttpResponse<String> upload(String token, String key, Part... parts) throws Exception {
		return client.uploadWithHeaders("/upload", headers(token, key), parts);
	}

	private static String[] headers(String token, String key) {
		return new String[] { "Authorization", "Bearer " + token, "Idempotency-Key", key };
	}

	private static String taskId(HttpResponse<String> accepted) {
		return GatewayClient.json.readTree(accepted.body()).get("task_id").asString();
	}

	private static long tasksOf(UUID userId) throws Exception {
		return TestDatabase.count("SELECT count(*) FROM media.tasks WHERE user_id = ?", userId);
	}

}
