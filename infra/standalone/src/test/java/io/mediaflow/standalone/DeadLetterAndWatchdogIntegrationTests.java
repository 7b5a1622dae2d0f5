package io.mediaflow.standalone;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TcpProxy;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No task hangs forever: a job that keeps failing for a transient reason is dead-lettered
 * after the delivery limit and its file ends FAILED; a file whose result never comes is
 * sent again by the watchdog, and failed once its attempts are used up. The stack runs
 * with short back-offs and a short processing timeout.
 */
@StackTest(TestStack.DEAD_LETTER)
class DeadLetterAndWatchdogIntegrationTests {

	private static TcpProxy s3Proxy;

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void useStack(StartedStack started) {
		stack = started.stack();
		s3Proxy = started.requireS3Proxy();
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void failsAFileWhoseJobKeepsFailingAndFinishesItsTask() throws Exception {
		String token = client.register().get("access_token").asString();
		RabbitListenerEndpointRegistry workers = stack.context("media-worker")
			.getBean(RabbitListenerEndpointRegistry.class);
		workers.stop();
		String taskId;
		try {
			taskId = accepted(client.upload("/upload", token,
					new Part("files", "doomed.png", "image/png", TestImages.png(32, 32))));
			s3Proxy.cut(); // the worker will never read the original
			workers.start();
			JsonNode status = client.awaitFinished(taskId, token, Duration.ofSeconds(60));

			assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("FAILED");
			assertThat(status.get("progress").get("failed").asInt()).isEqualTo(1);
			assertThat(status.get("files").get(0).get("error").asString()).contains("gave up");
		}
		finally {
			s3Proxy.restore();
			if (!workers.isRunning()) {
				workers.start();
			}
		}
		assertThat(
				TestDatabase.count("SELECT count(*) FROM media.image_task WHERE task_id = ?", UUID.fromString(taskId)))
			.isZero();
	}

	@Test
	void sendsAJobAgainWhenItsResultNeverCame() throws Exception {
		String token = client.register().get("access_token").asString();
		String taskId = accepted(
				client.upload("/upload", token, new Part("files", "lost.png", "image/png", TestImages.png(40, 30))));
		assertThat(client.awaitFinished(taskId, token, Duration.ofSeconds(60)).get("status").asString())
			.isEqualTo("DONE");
		UUID task = UUID.fromString(taskId);
		forgetResult(task, 1);

		JsonNode status = client.awaitFinished(taskId, token, Duration.ofSeconds(60));

		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
		assertThat(TestDatabase.count("SELECT count(*) FROM media.image_task WHERE task_id = ?", task)).isEqualTo(4);
		assertThat(TestDatabase.count("SELECT attempts FROM media.task_files WHERE task_id = ?", task)).isEqualTo(2);
		assertThat(TestDatabase.count("SELECT count(*) FROM media.outbox WHERE file_id ="
				+ " (SELECT id FROM media.task_files WHERE task_id = ?)", task))
			.isEqualTo(2);
	}

	@Test
	void failsAFileThatStaysStuckAfterItsLastAttempt() throws Exception {
		String token = client.register().get("access_token").asString();
		String taskId = accepted(
				client.upload("/upload", token, new Part("files", "stuck.png", "image/png", TestImages.png(40, 30))));
		assertThat(client.awaitFinished(taskId, token, Duration.ofSeconds(60)).get("status").asString())
			.isEqualTo("DONE");
		forgetResult(UUID.fromString(taskId), 3);

		JsonNode status = client.awaitFinished(taskId, token, Duration.ofSeconds(60));

		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("FAILED");
		assertThat(status.get("files").get(0).get("error").asString()).contains("did not finish");
	}

	/**
	 * Puts a finished task back as if its only file's result had been lost after
	 * {@code attempts} jobs.
	 */
	private static void forgetResult(UUID taskId, int attempts) throws Exception {
		TestDatabase.update("DELETE FROM media.image_task WHERE task_id = ?", taskId);
		TestDatabase.update("UPDATE media.task_files SET status = 'PROCESSING', attempts = ?,"
				+ " updated_at = now() - interval '1 hour' WHERE task_id = ?", attempts, taskId);
		TestDatabase.update("UPDATE media.tasks SET status = 'PROCESSING', done_files = 0, failed_files = 0,"
				+ " finished_at = NULL WHERE id = ?", taskId);
	}

	private static String accepted(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return GatewayClient.json.readTree(response.body()).get("task_id").asString();
	}

}
