package io.mediaflow.standalone;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TestAudio;
import io.mediaflow.testing.TestImages;
import io.mediaflow.testing.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A queue backlog longer than the watchdog's processing timeout neither sends jobs twice
 * nor fails files: the timeout counts from a worker's start of the job, and a job still
 * waiting in its queue is left alone. A job that left its queue without ever starting is
 * still sent again. The stack runs with a 5 s processing timeout, checked every second,
 * and its workers are held back to build the backlog.
 */
@StackTest(TestStack.SHORT_TIMEOUTS)
class BacklogIntegrationTests {

	private static final Duration PROCESSING_TIMEOUT = Duration.ofSeconds(5);

	private static MediaflowStack stack;

	private static GatewayClient client;

	private static RabbitListenerEndpointRegistry workers;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
		workers = stack.context("media-worker").getBean(RabbitListenerEndpointRegistry.class);
	}

	@Test
	void finishesEveryFileOfABacklogLongerThanTheTimeoutWithOneJobEach() throws Exception {
		JsonNode user = client.register();
		String token = user.get("access_token").asString();
		UUID userId = UUID.fromString(user.get("user_id").asString());
		List<String> taskIds = new ArrayList<>();
		workers.stop();
		try {
			for (int task = 0; task < 3; task++) {
				List<Part> parts = new ArrayList<>();
				for (int image = 0; image < 8; image++) {
					parts.add(new Part("files", "backlog-" + image + ".png", "image/png", TestImages.png(64, 48)));
				}
				if (task == 0) {
					parts.add(new Part("files", "voice.wav", "audio/wav", TestAudio.wav(1.0, 44100, 1)));
				}
				taskIds.add(accepted(client.upload("/upload", token, parts.toArray(Part[]::new))));
			}
			awaitQueued(userId, 25);
			// longer than every attempt's timeout together: the old watchdog sent each
			// job twice more, then failed it
			Thread.sleep(PROCESSING_TIMEOUT.multipliedBy(4).toMillis());

			for (String taskId : taskIds) {
				JsonNode status = status(taskId, token);
				assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("PROCESSING");
				assertThat(status.get("progress").get("failed").asInt()).isZero();
			}
			assertThat(filesOf(userId, "attempts > 1 OR status <> 'PROCESSING' OR started_at IS NOT NULL")).isZero();
			assertThat(jobsOf(userId)).isEqualTo(25);
		}
		finally {
			workers.start();
		}

		for (String taskId : taskIds) {
			JsonNode status = client.awaitFinished(taskId, token, Duration.ofSeconds(120));
			assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
		}
		assertThat(jobsOf(userId)).as("jobs published").isEqualTo(25);
		assertThat(filesOf(userId, "attempts = 1 AND status = 'DONE'")).isEqualTo(25);
		// a start event that arrives after its file's result is ignored (the file is
		// finished), so started_at may
		// stay empty on a busy machine; what must never be seen is a start during the
		// backlog
		assertThat(filesOf(userId, "started_at <= created_at + interval '20 seconds'"))
			.as("files that started while their jobs were held in the queue")
			.isZero();
		assertThat(TestDatabase.count("SELECT count(*) FROM media.image_task WHERE task_id IN"
				+ " (SELECT id FROM media.tasks WHERE user_id = ?)", userId))
			.isEqualTo(24 * 4);
		assertThat(TestDatabase.count("SELECT count(DISTINCT (task_id, img_link)) FROM media.image_task"
				+ " WHERE task_id IN (SELECT id FROM media.tasks WHERE user_id = ?)", userId))
			.isEqualTo(24 * 4);
	}

	@Test
	void sendsAgainAJobThatLeftItsQueueWithoutStarting() throws Exception {
		JsonNode user = client.register();
		String token = user.get("access_token").asString();
		UUID userId = UUID.fromString(user.get("user_id").asString());
		workers.stop();
		String taskId;
		try {
			taskId = accepted(client.upload("/upload", token,
					new Part("files", "vanished.png", "image/png", TestImages.png(40, 30))));
			awaitQueued(userId, 1);
			TestInfrastructure.purgeQueues(Messaging.IMAGE_JOBS_QUEUE); // as if the
																		// broker had lost
																		// it
		}
		finally {
			workers.start();
		}

		JsonNode status = client.awaitFinished(taskId, token, Duration.ofSeconds(60));

		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
		assertThat(jobsOf(userId)).isEqualTo(2);
		assertThat(filesOf(userId, "attempts = 2")).isEqualTo(1);
		assertThat(
				TestDatabase.count("SELECT count(*) FROM media.image_task WHERE task_id = ?", UUID.fromString(taskId)))
			.isEqualTo(4);
	}

	/**
	 * Waits until the user's jobs are all published (their files PROCESSING), none of
	 * them started.
	 */
	private static void awaitQueued(UUID userId, int files) {
		await("jobs published").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> filesOf(userId, "status = 'PROCESSING' AND started_at IS NULL") >= files);
	}

	private static long filesOf(UUID userId, String condition) throws Exception {
		return TestDatabase.count("SELECT count(*) FROM media.task_files WHERE task_id IN"
				+ " (SELECT id FROM media.tasks WHERE user_id = ?) AND (" + condition + ")", userId);
	}

	private static long jobsOf(UUID userId) throws Exception {
		return TestDatabase.count("SELECT count(*) FROM media.outbox WHERE published_at IS NOT NULL AND file_id IN"
				+ " (SELECT f.id FROM media.task_files f JOIN media.tasks t ON t.id = f.task_id WHERE t.user_id = ?)",
				userId);
	}

	private static JsonNode status(String taskId, String token) throws Exception {
		HttpResponse<String> response = client.get("/status/" + taskId, token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return GatewayClient.json.readTree(response.body());
	}

	private static String accepted(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return GatewayClient.json.readTree(response.body()).get("task_id").asString();
	}

}
