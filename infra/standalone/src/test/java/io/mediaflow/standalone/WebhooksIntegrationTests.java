package io.mediaflow.standalone;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Completion webhooks through the gateway of a real stack, received by a local HTTP
 * server (the standalone run allows loopback targets): the signed final status arrives, a
 * failing receiver is retried, private targets are refused, the secret can be replaced.
 */
@StackTest(TestStack.STANDARD)
class WebhooksIntegrationTests {

	private static MediaflowStack stack;

	private static GatewayClient client;

	private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private HttpServer receiver;

	private final BlockingQueue<Callback> callbacks = new LinkedBlockingQueue<>();

	/** How many of the next callbacks the receiver answers 500. */
	private final AtomicInteger failuresToAnswer = new AtomicInteger();

	/** How many of the next callbacks the receiver answers only after the timeout. */
	private final AtomicInteger slowAnswers = new AtomicInteger();

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@BeforeEach
	void startReceiver() throws IOException {
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hooks", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			this.callbacks.add(new Callback(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("X-Mediaflow-Signature"),
					exchange.getRequestHeaders().getFirst("Content-Type"), body));
			if (this.slowAnswers.getAndDecrement() > 0) {
				sleep(Duration.ofSeconds(3));
			}
			int status = (this.failuresToAnswer.getAndDecrement() > 0) ? 500 : 204;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.stop(0);
	}

	@Test
	void theFinalStatusArrivesSignedWithTheUsersSecret() throws Exception {
		String token = client.register().get("access_token").asString();
		String secret = secret("GET", token);

		HttpResponse<String> accepted = client.upload("/upload?notify_url=" + receiverUrl("/hooks/done"), token,
				new Part("files", "a.png", "image/png", TestImages.png(64, 48)));

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();
		Callback callback = this.callbacks.poll(60, TimeUnit.SECONDS);
		assertThat(callback).as("callback").isNotNull();
		assertThat(callback.method()).isEqualTo("POST");
		assertThat(callback.path()).isEqualTo("/hooks/done");
		assertThat(callback.contentType()).isEqualTo("application/json");
		assertThat(callback.signature()).isEqualTo("sha256=" + hmac(secret, callback.body()));
		JsonNode sent = GatewayClient.json.readTree(callback.body());
		assertThat(sent.get("task_id").asString()).isEqualTo(taskId);
		assertThat(sent.get("status").asString()).isEqualTo("DONE");
		assertThat(sent.get("files").get(0).get("outputs")).hasSize(4);
		assertThat(sent.get("download_url").asString()).isEqualTo(stack.gatewayUrl() + "/task/" + taskId);
		assertThat(sent.get("webhook").get("state").asString()).isEqualTo("PENDING");

		JsonNode webhook = awaitWebhookState(taskId, token, "DELIVERED");
		assertThat(webhook.get("url").asString()).isEqualTo(receiverUrl("/hooks/done"));
		assertThat(webhook.get("attempts").asInt()).isEqualTo(1);
		assertThat(webhook.get("last_status_code").asInt()).isEqualTo(204);
		assertThat(this.callbacks.poll(1, TimeUnit.SECONDS)).as("a second callback").isNull();
	}

	@Test
	void aReceiverThatFailsIsRetriedUntilItAnswers2xx() throws Exception {
		String token = client.register().get("access_token").asString();
		this.failuresToAnswer.set(2);

		HttpResponse<String> accepted = client.upload("/upload", token,
				Part.field("notify_url", receiverUrl("/hooks/retry")),
				new Part("files", "a.png", "image/png", TestImages.png(32, 32)));

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();
		JsonNode webhook = awaitWebhookState(taskId, token, "DELIVERED");
		assertThat(webhook.get("attempts").asInt()).isEqualTo(3);
		assertThat(this.callbacks).hasSize(3);
		assertThat(this.callbacks).extracting((callback) -> new String(callback.body(), StandardCharsets.UTF_8))
			.as("every attempt sends the same body")
			.containsOnly(new String(this.callbacks.peek().body(), StandardCharsets.UTF_8));
	}

	@Test
	void aReceiverThatKeepsFailingIsGivenUpAfterTheLastAttempt() throws Exception {
		String token = client.register().get("access_token").asString();
		this.failuresToAnswer.set(10);

		HttpResponse<String> accepted = client.upload("/upload?notify_url=" + receiverUrl("/hooks/down"), token,
				new Part("files", "a.png", "image/png", TestImages.png(32, 32)));

		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();
		JsonNode webhook = awaitWebhookState(taskId, token, "FAILED");
		assertThat(webhook.get("attempts").asInt()).isEqualTo(3);
		assertThat(webhook.get("last_status_code").asInt()).isEqualTo(500);
		assertThat(webhook.get("last_error").asString()).contains("500");
		assertThat(webhook.get("next_attempt_at").isNull()).isTrue();
		assertThat(this.callbacks).as("requests the receiver got").hasSize(3);
	}

	@Test
	void aReceiverThatAnswersTooLateIsRetried() throws Exception {
		String token = client.register().get("access_token").asString();
		this.slowAnswers.set(1);

		HttpResponse<String> accepted = client.upload("/upload?notify_url=" + receiverUrl("/hooks/slow"), token,
				new Part("files", "a.png", "image/png", TestImages.png(32, 32)));

		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();
		JsonNode webhook = awaitWebhookState(taskId, token, "DELIVERED");
		assertThat(webhook.get("attempts").asInt()).isEqualTo(2);
		assertThat(this.callbacks).hasSize(2);
	}

	@Test
	void aTargetThatResolvesToAPrivateAddressByDeliveryTimeIsRefusedThen() throws Exception {
		String token = client.register().get("access_token").asString();
		byte[] photo = TestImages.jpeg(2400, 1600);
		HttpResponse<String> accepted = client.upload("/upload?notify_url=" + receiverUrl("/hooks/rebound"), token,
				new Part("files", "a.jpg", "image/jpeg", photo), new Part("files", "b.jpg", "image/jpeg", photo));
		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();
		// what DNS rebinding does to a name: the target checked at upload now leads
		// elsewhere
		assertThat(TestDatabase.update(
				"UPDATE media.webhook_deliveries SET url = 'http://10.20.30.40/hooks' WHERE task_id = ? AND state = 'WAITING'",
				UUID.fromString(taskId)))
			.as("the callback was still waiting for its task")
			.isEqualTo(1);

		JsonNode webhook = awaitWebhookState(taskId, token, "FAILED");

		assertThat(webhook.get("attempts").asInt()).isEqualTo(1);
		assertThat(webhook.get("last_error").asString()).contains("10.20.30.40").contains("private");
		assertThat(this.callbacks).isEmpty();
	}

	@Test
	void aCanceledTaskCallsBackWithItsCanceledStatus() throws Exception {
		String token = client.register().get("access_token").asString();
		byte[] photo = TestImages.jpeg(2400, 1600);
		HttpResponse<String> accepted = client.upload("/upload?notify_url=" + receiverUrl("/hooks/cancel"), token,
				new Part("files", "a.jpg", "image/jpeg", photo), new Part("files", "b.jpg", "image/jpeg", photo),
				new Part("files", "c.jpg", "image/jpeg", photo), new Part("files", "d.jpg", "image/jpeg", photo));
		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();

		HttpResponse<String> canceled = http
			.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/task/" + taskId))
				.header("Authorization", "Bearer " + token)
				.DELETE()
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(canceled.statusCode()).as(canceled.body()).isEqualTo(202);
		Callback callback = this.callbacks.poll(60, TimeUnit.SECONDS);
		assertThat(callback).as("callback").isNotNull();
		assertThat(GatewayClient.json.readTree(callback.body()).get("status").asString()).isEqualTo("CANCELED");
	}

	@Test
	void privateTargetsAreRefusedAndNothingIsKept() throws Exception {
		JsonNode user = client.register();
		String token = user.get("access_token").asString();
		byte[] png = TestImages.png(8, 8);

		for (String target : new String[] { "http://10.0.0.7/hook", "http://169.254.169.254/latest/meta-data",
				"http://192.168.1.20:8080/hook", "http://[fd00::1]/hook", "http://224.0.0.1/hook" }) {
			HttpResponse<String> refused = client.upload(
					"/upload?notify_url=" + URLEncoder.encode(target, StandardCharsets.UTF_8), token,
					new Part("files", "a.png", "image/png", png));
			assertThat(refused.statusCode()).as(target + ": " + refused.body()).isEqualTo(422);
			assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
			assertThat(refused.body()).contains("notify_url");
		}
		HttpResponse<String> asFormField = client.upload("/upload", token, Part.field("notify_url", "http://10.1.2.3/"),
				new Part("files", "a.png", "image/png", png));
		HttpResponse<String> notHttp = client.upload("/upload?notify_url=ftp://example.com/hook", token,
				new Part("files", "a.png", "image/png", png));

		assertThat(asFormField.statusCode()).isEqualTo(422);
		assertThat(notHttp.statusCode()).isEqualTo(400);
		assertThat(TestDatabase.count("SELECT count(*) FROM media.tasks WHERE user_id = ?",
				UUID.fromString(user.get("user_id").asString())))
			.isZero();
	}

	@Test
	void theSecretIsTheUsersOwnAndCanBeReplaced() throws Exception {
		String token = client.register().get("access_token").asString();
		String otherToken = client.register().get("access_token").asString();

		String first = secret("GET", token);
		String again = secret("GET", token);
		String replaced = secret("POST", token);

		assertThat(first).startsWith("whsec_").hasSizeGreaterThan(40).isEqualTo(again);
		assertThat(replaced).isNotEqualTo(first).isEqualTo(secret("GET", token));
		assertThat(secret("GET", otherToken)).isNotEqualTo(replaced);
		HttpResponse<String> anonymous = http.send(
				HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/users/me/webhook-secret")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String receiverUrl(String path) {
		return "http://127.0.0.1:" + this.receiver.getAddress().getPort() + path;
	}

	private static String secret(String method, String token) throws Exception {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/users/me/webhook-secret"))
				.header("Authorization", "Bearer " + token)
				.method(method, HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
		return GatewayClient.json.readTree(response.body()).get("secret").asString();
	}

	private static JsonNode awaitWebhookState(String taskId, String token, String state) {
		return await("the webhook of task " + taskId + " " + state).atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> client.status(taskId, token).get("webhook"),
					(webhook) -> webhook != null && state.equals(webhook.get("state").asString()));
	}

	private static String hmac(String secret, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

	private record Callback(String method, String path, String signature, String contentType, byte[] body) {
	}

}
