package io.mediaflow.standalone;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TcpProxy;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing lost: every upload that got a 202 ends DONE after a worker loses its broker
 * connection mid-job, after RabbitMQ is unreachable for 20 s, and after S3 is unreachable
 * for 20 s; no file is recorded twice; the services are healthy again afterwards.
 * RabbitMQ and S3 are reached through TCP proxies that the tests cut; the shared services
 * themselves are never touched.
 */
@StackTest(TestStack.OUTAGE)
class OutageIntegrationTests {

	private static final Duration OUTAGE = Duration.ofSeconds(20);

	private static TcpProxy rabbitProxy;

	private static TcpProxy s3Proxy;

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void useStack(StartedStack started) {
		stack = started.stack();
		rabbitProxy = started.requireRabbitProxy();
		s3Proxy = started.requireS3Proxy();
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void finishesEveryFileWhenTheWorkerLosesItsConnectionMidJob() throws Exception {
		String token = client.register().get("access_token").asString();
		List<String> tasks = new ArrayList<>();
		for (int upload = 0; upload < 5; upload++) {
			List<Part> parts = new ArrayList<>();
			for (int file = 0; file < 10; file++) {
				parts.add(new Part("files", "photo-" + file + ".jpg", "image/jpeg", TestImages.jpeg(1280 + file, 720)));
			}
			tasks.add(accepted(client.upload("/upload", token, parts.toArray(Part[]::new))));
		}
		CachingConnectionFactory workerConnection = stack.context("media-worker")
			.getBean(CachingConnectionFactory.class);
		awaitAnyFileDone(tasks.get(0), token);
		workerConnection.resetConnection(); // in-flight jobs lose their channel without
											// an ack
		Thread.sleep(700);
		workerConnection.resetConnection();

		for (String taskId : tasks) {
			JsonNode status = client.awaitFinished(taskId, token, Duration.ofSeconds(120));
			assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
			assertThat(status.get("progress").get("done").asInt()).isEqualTo(10);
			assertThat(TestDatabase.count("SELECT count(*) FROM media.image_task WHERE task_id = ?",
					UUID.fromString(taskId)))
				.isEqualTo(40);
			assertThat(TestDatabase.count("SELECT done_files FROM media.tasks WHERE id = ?", UUID.fromString(taskId)))
				.isEqualTo(10);
		}
		assertHealthy("media-worker");
	}

	@Test
	void publishesUploadsAcceptedWhileRabbitMqWasUnreachable() throws Exception {
		String token = client.register().get("access_token").asString();
		rabbitProxy.cut();
		List<String> tasks = new ArrayList<>();
		try {
			for (int i = 0; i < 8; i++) {
				tasks.add(accepted(client.upload("/upload", token,
						new Part("files", "while-down-" + i + ".png", "image/png", TestImages.png(64, 48)))));
			}
			Thread.sleep(OUTAGE.toMillis());
			for (String taskId : tasks) {
				assertThat(client.status(taskId, token).get("status").asString()).isEqualTo("PENDING");
			}
		}
		finally {
			rabbitProxy.restore();
		}

		for (String taskId : tasks) {
			JsonNode status = client.awaitFinished(taskId, token, Duration.ofSeconds(90));
			assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
			assertThat(TestDatabase.count("SELECT count(*) FROM media.image_task WHERE task_id = ?",
					UUID.fromString(taskId)))
				.isEqualTo(4);
		}
		assertHealthy("media-api");
		assertHealthy("media-worker");
	}

	@Test
	void retriesJobsUntilS3IsBackAndRefusesUploadsMeanwhile() throws Exception {
		JsonNode user = client.register();
		String token = user.get("access_token").asString();
		List<String> tasks = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			List<Part> parts = new ArrayList<>();
			for (int file = 0; file < 3; file++) {
				parts.add(new Part("files", "s3-" + file + ".jpg", "image/jpeg", TestImages.jpeg(1600, 900 + file)));
			}
			tasks.add(accepted(client.upload("/upload", token, parts.toArray(Part[]::new))));
		}
		s3Proxy.cut();
		try {
			HttpResponse<String> refused = client.upload("/upload", token,
					new Part("files", "during.png", "image/png", TestImages.png(20, 20)));
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();
			Thread.sleep(OUTAGE.toMillis());
		}
		finally {
			s3Proxy.restore();
		}

		for (String taskId : tasks) {
			JsonNode status = client.awaitFinished(taskId, token, Duration.ofSeconds(90));
			assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
			assertThat(TestDatabase.count("SELECT count(*) FROM media.image_task WHERE task_id = ?",
					UUID.fromString(taskId)))
				.isEqualTo(12);
		}
		assertThat(TestDatabase.count("SELECT count(*) FROM media.tasks WHERE user_id = ?",
				UUID.fromString(user.get("user_id").asString())))
			.isEqualTo(tasks.size());
		assertHealthy("media-api");
	}

	private static String accepted(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return GatewayClient.json.readTree(response.body()).get("task_id").asString();
	}

	private static void awaitAnyFileDone(String taskId, String token) {
		await("a file of task " + taskId + " done").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> client.status(taskId, token).get("progress").get("done").asInt() > 0);
	}

	private static void assertHealthy(String service) {
		String url = "http://localhost:" + stack.managementPorts().get(service) + "/actuator/health";
		await(service + " health").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode(), (status) -> status == 200);
	}

}
