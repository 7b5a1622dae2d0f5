package io.mediaflow.standalone;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.mediaflow.embedded.TcpProbe;
import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TcpProxy;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost: every upload that got a 202 ends DONE after a worker loses its broker
 * connection mid-job, after RabbitMQ is unreachable for 20 s, and after S3 is unreachable
 * for 20 s; no file is recorded twice; the services are healthy again afterwards.
 * RabbitMQ and S3 are reached through TCP proxies that the tests cut; the shared services
 * themselves are never touched.
 */
class OutageIntegrationTests {

	private static final Duration OUTAGE = Duration.ofSeconds(20);

	private static TcpProxy rabbitProxy;

	private static TcpProxy s3Proxy;

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void startStack() {
		StandaloneSettings real = StackFixture.settings();
		int s3Port = TcpProbe.freePort();
		rabbitProxy = TcpProxy.start(real.rabbitHost(), real.rabbitPort());
		s3Proxy = TcpProxy.start("127.0.0.1", s3Port);
		StandaloneSettings proxied = new StandaloneSettings(real.databaseUrl(), real.databaseUser(),
				real.databasePassword(), "127.0.0.1", rabbitProxy.port(), real.rabbitUser(), real.rabbitPassword(),
				real.dataDir(), 0, 0, 0, 0, s3Port, StackFixture.JWT_SECRET, StackFixture.OPERATOR_PASSWORD);
		stack = MediaflowStack.start(proxied,
				Map.of("mediaflow.storage.endpoint", "http://127.0.0.1:" + s3Proxy.port()));
		client = new GatewayClient(stack.gatewayUrl());
	}

	@AfterAll
	static void stopStack() {
		if (stack != null) {
			stack.close();
		}
		rabbitProxy.close();
		s3Proxy.close();
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
				assertThat(client.awaitFinished(taskId, token, Duration.ofMillis(1)).get("status").asString())
					.isEqualTo("PENDING");
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

	private static void awaitAnyFileDone(String taskId, String token) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode status = GatewayClient.json.readTree(client.get("/status/" + taskId, token).body());
			if (status.get("progress").get("done").asInt() > 0) {
				return;
			}
			Thread.sleep(20);
		}
	}

	private static void assertHealthy(String service) throws Exception {
		String url = "http://localhost:" + stack.managementPorts().get(service) + "/actuator/health";
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		int status;
		do {
			status = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
			if (status == 200) {
				return;
			}
			Thread.sleep(500);
		}
		while (System.nanoTime() < deadline);
		assertThat(status).as(service + " health").isEqualTo(200);
	}

}
