package io.mediaflow.standalone;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 001's /info and /error, as operators get them: Actuator on each service's
 * management port, health open, the rest behind the operator account, nothing of it
 * reachable through the public gateway.
 */
@StackTest(TestStack.STANDARD)
class OperatorEndpointsIntegrationTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static MediaflowStack stack;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
	}

	@Test
	void everyServiceHasOpenHealthAndClosedOperatorEndpoints() throws Exception {
		Map<String, Integer> ports = stack.managementPorts();
		assertThat(ports).containsOnlyKeys("auth-service", "media-api", "media-worker", "api-gateway");
		for (Map.Entry<String, Integer> service : ports.entrySet()) {
			String base = "http://localhost:" + service.getValue() + "/actuator";
			assertThat(get(base + "/health", null).statusCode()).as(service.getKey() + " health").isEqualTo(200);
			assertThat(get(base + "/health/liveness", null).statusCode()).as(service.getKey()).isEqualTo(200);
			for (String endpoint : new String[] { "/info", "/metrics", "/prometheus", "/loggers", "/logfile",
					"/errorlog" }) {
				assertThat(get(base + endpoint, null).statusCode()).as(service.getKey() + endpoint).isEqualTo(401);
				assertThat(get(base + endpoint, "operator:wrong").statusCode()).as(service.getKey() + endpoint)
					.isEqualTo(401);
			}
			assertThat(get(base + "/metrics", operator()).statusCode()).as(service.getKey()).isEqualTo(200);
			HttpResponse<String> prometheus = get(base + "/prometheus", operator());
			assertThat(prometheus.statusCode()).isEqualTo(200);
			assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
		}
	}

	@Test
	void operatorsReadTheInfoAndErrorLogs() throws Exception {
		String base = "http://localhost:" + stack.managementPorts().get("media-api") + "/actuator";

		HttpResponse<String> log = get(base + "/logfile", operator());
		HttpResponse<String> errors = get(base + "/errorlog", operator());

		assertThat(log.statusCode()).isEqualTo(200);
		assertThat(log.body()).contains("Started");
		assertThat(errors.statusCode()).isEqualTo(200);
		assertThat(errors.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(errors.body()).doesNotContain(" INFO ");
	}

	@Test
	void exportsJobOutboxAndQueueMetricsAndFollowsTheRequestIdIntoTheWorker() throws Exception {
		GatewayClient client = new GatewayClient(stack.gatewayUrl());
		String token = client.register().get("access_token").asString();
		String requestId = "trace-" + UUID.randomUUID();
		HttpResponse<String> accepted = client.uploadWithHeaders("/upload",
				new String[] { "Authorization", "Bearer " + token, "X-Request-Id", requestId },
				new GatewayClient.Part("files", "m.png", "image/png", TestImages.png(32, 32)));
		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();
		assertThat(client.awaitFinished(taskId, token, Duration.ofSeconds(60)).get("status").asString())
			.isEqualTo("DONE");

		String worker = get("http://localhost:" + stack.managementPorts().get("media-worker") + "/actuator/prometheus",
				operator())
			.body();
		String mediaApi = get("http://localhost:" + stack.managementPorts().get("media-api") + "/actuator/prometheus",
				operator())
			.body();
		assertThat(worker)
			.contains("mediaflow_jobs_seconds_count{codec=\"system\",outcome=\"succeeded\",type=\"image\"}")
			.contains("mediaflow_jobs_seconds_bucket");
		assertThat(mediaApi).contains("mediaflow_outbox_pending")
			.contains("mediaflow_outbox_lag_seconds")
			.contains("mediaflow_queue_depth{queue=\"media.image.jobs\"}");
		String log = Files.readString(StackFixture.DATA_DIR.resolve("logs/mediaflow.log"));
		assertThat(log.lines().filter((line) -> line.contains(requestId)))
			.anySatisfy((line) -> assertThat(line).contains("JobRunner").contains("ImageJobRequested"));
	}

	@Test
	void reportsReadinessWithDatabaseBrokerAndStorage() throws Exception {
		HttpResponse<String> readiness = get(
				"http://localhost:" + stack.managementPorts().get("media-api") + "/actuator/health/readiness", null);

		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"db\"").contains("\"rabbit\"").contains("\"s3\"");
	}

	@Test
	void theGatewayDoesNotRouteActuator() throws Exception {
		assertThat(get(stack.gatewayUrl() + "/actuator/health", null).statusCode()).isEqualTo(404);
		assertThat(get(stack.gatewayUrl() + "/actuator/logfile", operator()).statusCode()).isEqualTo(404);
	}

	private static String operator() {
		return "operator:" + StackFixture.OPERATOR_PASSWORD;
	}

	private static HttpResponse<String> get(String url, String credentials) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
