package io.mediaflow.standalone;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TestAudio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway as a hostile client meets it: the login limit whatever the spelling or size
 * of a login, passwords longer than bcrypt's 72 bytes, multipart credentials that must
 * come before the first file, and the answers of unknown routes. The login limit is 3
 * failures per account and address and 5 per account, in a 60 s window (nothing here
 * waits for it to pass; it only has to outlast slow bcrypt checks).
 */
@StackTest(TestStack.HARDENING)
class GatewayHardeningIntegrationTests {

	private static final String PASSWORD = "hardening-password-" + UUID.randomUUID();

	private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static MediaflowStack stack;

	private static GatewayClient client;

	private static int gatewayPort;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
		gatewayPort = URI.create(stack.gatewayUrl()).getPort();
	}

	@Test
	void countsEverySpellingAndSizeOfALoginOnceAnAccountIsPaused() throws Exception {
		String email = register(PASSWORD);
		for (int i = 0; i < 3; i++) {
			assertThat(login("/login", email, "wrong-" + i).statusCode()).isEqualTo(401);
		}
		String padding = " ".repeat(20 * 1024);
		String paddedRight = "{\"email\":\"%s\",%s\"password\":\"%s\"}".formatted(email, padding, PASSWORD);

		assertRefused(client.postJson("/login", paddedRight), 413);
		assertRefused(
				send(HttpRequest.newBuilder(uri("/login"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofInputStream(() -> new ByteArrayInputStream(paddedRight.getBytes(StandardCharsets.UTF_8))))),
				413);
		for (String path : new String[] { "/%6Cogin", "/login;x=1", "/login/", "/auth", "/%61uth", "/login//" }) {
			HttpResponse<String> answer = login(path, email, PASSWORD);
			assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(429);
			assertProblem(answer);
		}
		assertThat(login("/%6Cogin", email, PASSWORD).statusCode()).isEqualTo(429);
		assertThat(login("/login", email, PASSWORD).statusCode()).isEqualTo(429);
	}

	@Test
	void oneClientLocksOnlyItselfOutUntilTheAccountsCeiling() throws Exception {
		String email = register(PASSWORD);
		for (int i = 0; i < 3; i++) {
			assertThat(rawLogin("127.0.0.2", email, "wrong-" + i)).startsWith("HTTP/1.1 401");
		}
		assertThat(rawLogin("127.0.0.2", email, PASSWORD)).startsWith("HTTP/1.1 429");
		assertThat(rawLogin("127.0.0.3", email, PASSWORD)).startsWith("HTTP/1.1 200");

		for (int i = 0; i < 2; i++) {
			assertThat(rawLogin("127.0.0.4", email, "wrong-" + i)).startsWith("HTTP/1.1 401");
		}
		assertThat(rawLogin("127.0.0.5", email, PASSWORD)).startsWith("HTTP/1.1 429")
			.contains("Retry-After")
			.contains("application/problem+json");
	}

	@Test
	void acceptsPasswordsLongerThanBcryptsSeventyTwoBytesAndCountsEveryByte() throws Exception {
		String accented = "é".repeat(60);
		String emoji = "😀".repeat(64);
		String email = register(accented);
		String emojiUser = register(emoji);

		assertThat(login("/login", email, accented).statusCode()).isEqualTo(200);
		assertThat(login("/login", email, "é".repeat(59) + "e").statusCode()).isEqualTo(401);
		assertThat(login("/login", emojiUser, emoji).statusCode()).isEqualTo(200);
		assertRefused(client.postJson("/registration",
				"{\"email\":\"u-%s@example.com\",\"password\":\"%s\"}".formatted(UUID.randomUUID(), "x".repeat(129))),
				400);
	}

	@Test
	void refusesAMultipartBodyWithoutCredentialsBeforeReadingItsFile() throws Exception {
		String boundary = "b-" + UUID.randomUUID();
		String head = "POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary="
				+ boundary + "\r\nContent-Length: 300000000\r\n\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n";
		long started = System.nanoTime();
		String answer = exchange("127.0.0.1", head.getBytes(StandardCharsets.ISO_8859_1), new byte[1024 * 1024]);
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(answer).startsWith("HTTP/1.1 401")
			.contains("application/problem+json")
			.contains("before the first file");
		assertThat(millis).as("answered without the 300 MB").isLessThan(10_000);
	}

	@Test
	void takesFormFieldCredentialsOnlyBeforeTheFirstFile() throws Exception {
		JsonNode user = GatewayClient.json.readTree(
				client.postJson("/users", "{\"name\":\"form " + UUID.randomUUID().toString().substring(0, 8) + "\"}")
					.body());
		byte[] wav = TestAudio.wav(0.5, 16000, 1);
		Part userId = Part.field("user_id", user.get("user_id").asString());
		Part token = Part.field("access_token", user.get("access_token").asString());

		HttpResponse<String> before = client.uploadWithHeaders("/records", new String[0], userId, token,
				new Part("record", "before.wav", "audio/wav", wav));
		HttpResponse<String> after = client.uploadWithHeaders("/records", new String[0],
				new Part("record", "after.wav", "audio/wav", wav), userId, token);

		assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
		assertRefused(after, 401);
		assertThat(after.body()).contains("before the first file");
	}

	@Test
	void answersSeedClientsFieldNamesForANewNameUser() throws Exception {
		HttpResponse<String> created = client.postJson("/users",
				"{\"name\":\"seed " + UUID.randomUUID().toString().substring(0, 8) + "\"}");

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = GatewayClient.json.readTree(created.body());
		assertThat(body.get("id").asString()).isEqualTo(body.get("user_id").asString());
		assertThat(body.get("token").asString()).isEqualTo(body.get("access_token").asString());
	}

	@Test
	void answersUnknownRoutesWithProblemJsonAndNeverLetsBrowsersSniff() throws Exception {
		String jwt = client.register().get("access_token").asString();
		for (String base : new String[] { stack.gatewayUrl(), "http://localhost:" + stack.authServicePort(),
				"http://localhost:" + stack.mediaApiPort() }) {
			HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(base + "/no-such-route"))
				.header("Authorization", "Bearer " + jwt));
			assertThat(missing.statusCode()).as(base).isEqualTo(404);
			assertProblem(missing);
		}
		HttpResponse<String> gatewayMissing = client.getWithHeaders("/no-such-route");
		assertThat(gatewayMissing.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");

		String[] credentials = nameUserCredentials();
		HttpResponse<String> created = client.uploadWithHeaders("/records", credentials,
				new Part("record", "sniff.wav", "audio/wav", TestAudio.wav(0.3, 8000, 1)));
		HttpResponse<byte[]> mp3 = client
			.getBytes(GatewayClient.json.readTree(created.body()).get("download_url").asString(), credentials);
		assertThat(mp3.statusCode()).isEqualTo(200);
		assertThat(mp3.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
	}

	private static String[] nameUserCredentials() throws Exception {
		JsonNode user = GatewayClient.json
			.readTree(client.postJson("/users", "{\"name\":\"n " + UUID.randomUUID().toString().substring(0, 8) + "\"}")
				.body());
		return new String[] { "X-User-Id", user.get("user_id").asString(), "X-Access-Token",
				user.get("access_token").asString() };
	}

	private static String register(String password) throws Exception {
		String email = "hardening-" + UUID.randomUUID() + "@example.com";
		HttpResponse<String> registered = client.postJson("/registration",
				"{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		return email;
	}

	private static HttpResponse<String> login(String path, String email, String password) throws Exception {
		return client.postJson(path, "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password));
	}

	/** A login from a client address of the loopback range, to tell clients apart. */
	private static String rawLogin(String clientAddress, String email, String password) throws IOException {
		byte[] body = "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password)
			.getBytes(StandardCharsets.UTF_8);
		String head = "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
				+ body.length + "\r\nConnection: close\r\n\r\n";
		return exchange(clientAddress, head.getBytes(StandardCharsets.ISO_8859_1), body);
	}

	/**
	 * Sends the head and then as much of the body as the gateway takes, and returns what
	 * it answered.
	 */
	private static String exchange(String clientAddress, byte[] head, byte[] body) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(clientAddress), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), gatewayPort), 5000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head);
			try {
				out.write(body);
				out.flush();
			}
			catch (IOException ex) {
				// the gateway answered and closed before taking the whole body
			}
			InputStream in = socket.getInputStream();
			byte[] answer = new byte[16 * 1024];
			int length = 0;
			for (int read = in.read(answer); read > 0
					&& length < answer.length; read = in.read(answer, length, answer.length - length)) {
				length += read;
				String text = new String(answer, 0, length, StandardCharsets.UTF_8);
				if (text.contains("\r\n\r\n") && text.trim().endsWith("}")) {
					break;
				}
			}
			return new String(answer, 0, length, StandardCharsets.UTF_8);
		}
	}

	private static void assertRefused(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertProblem(response);
	}

	private static void assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("timestamp");
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(String path) {
		return URI.create(stack.gatewayUrl() + path);
	}

}
