package io.mediaflow.standalone;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TestAudio;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention through the gateway of a real stack whose period is a few seconds: the status
 * shows {@code expires_at}; once it passed, the task's objects are gone from S3, its rows
 * with them, and the task answers 410 Gone on every task route while an unknown id stays
 * 404.
 */
@StackTest(TestStack.RETENTION)
class RetentionIntegrationTests {

	private static final Duration PERIOD = Duration.ofSeconds(10);

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void anExpiredTaskIsGoneWithItsObjectsAndRows() throws Exception {
		JsonNode user = client.register();
		String token = user.get("access_token").asString();
		UUID userId = UUID.fromString(user.get("user_id").asString());
		HttpResponse<String> accepted = client.upload("/upload", token,
				new Part("files", "a.png", "image/png", TestImages.png(32, 32)));
		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();
		JsonNode record = GatewayClient.json.readTree(
				client.upload("/record", token, new Part("record", "voice.wav", "audio/wav", TestAudio.wav(1, 8000, 1)))
					.body());

		JsonNode status = client.awaitFinished(taskId, token, Duration.ofSeconds(60));
		assertThat(status.get("status").asString()).isEqualTo("DONE");
		Instant created = Instant.parse(status.get("created_at").asString());
		assertThat(Instant.parse(status.get("expires_at").asString())).isBetween(created.plus(PERIOD).minusSeconds(1),
				created.plus(PERIOD).plusSeconds(1));
		assertThat(StoredObjects.under(stack, "originals/" + taskId + "/")).hasSize(1);
		assertThat(StoredObjects.under(stack, "results/" + taskId + "/")).hasSize(3);
		String recordTask = record.get("task_id").asString();
		assertThat(client.awaitFinished(recordTask, token, Duration.ofSeconds(60)).get("status").asString())
			.isEqualTo("DONE");
		String mp3Key = "audio/" + record.get("record_id").asString() + ".mp3";
		assertThat(StoredObjects.under(stack, mp3Key)).hasSize(1);

		awaitGone("/task/" + taskId, token);

		for (String path : List.of("/status/" + taskId, "/status/" + taskId + "/events", "/task/" + taskId)) {
			HttpResponse<String> gone = client.get(path, token);
			assertThat(gone.statusCode()).as(path).isEqualTo(410);
			assertThat(gone.headers().firstValue("Content-Type")).contains("application/problem+json");
			assertThat(gone.body()).contains("Task expired");
		}
		assertThat(client.delete("/task/" + taskId, token).statusCode()).isEqualTo(410);
		assertThat(client.get("/status/" + UUID.randomUUID(), token).statusCode()).as("unknown stays unknown")
			.isEqualTo(404);
		assertThat(StoredObjects.under(stack, "originals/" + taskId + "/")).isEmpty();
		assertThat(StoredObjects.under(stack, "results/" + taskId + "/")).isEmpty();
		assertThat(TestDatabase.string("SELECT status FROM media.tasks WHERE id = ?", UUID.fromString(taskId)))
			.isEqualTo("EXPIRED");
		assertThat(
				TestDatabase.count("SELECT count(*) FROM media.task_files WHERE task_id = ?", UUID.fromString(taskId)))
			.isZero();
		assertThat(
				TestDatabase.count("SELECT count(*) FROM media.image_task WHERE task_id = ?", UUID.fromString(taskId)))
			.isZero();
		assertThat(GatewayClient.json.readTree(client.get("/history/" + userId, token).body()).get("total").asInt())
			.isZero();

		awaitGone("/task/" + recordTask, token);
		assertThat(StoredObjects.under(stack, mp3Key)).isEmpty();
		assertThat(client.getBytes(record.get("download_url").asString()).statusCode()).isEqualTo(404);
	}

	private static void awaitGone(String path, String token) throws Exception {
		long deadline = System.nanoTime() + PERIOD.plusSeconds(30).toNanos();
		while (client.get(path, token).statusCode() != 410) {
			assertThat(System.nanoTime()).as(path + " expired in time").isLessThan(deadline);
			Thread.sleep(250);
		}
	}

}
