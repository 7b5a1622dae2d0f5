package io.mediaflow.standalone;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TestAudio;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input: each case gets a clear 4xx problem+json without a stack trace, stores
 * nothing, and leaves the services healthy. The stack runs with small limits (1 MB per
 * file, 5 files per upload) and a login limit of 5 failures in 8 s (long enough for five
 * bcrypt checks on a busy two-core machine).
 */
@StackTest(TestStack.HOSTILE_INPUT)
class HostileInputIntegrationTests {

	private static final String PASSWORD = "hostile-suite-password-" + UUID.randomUUID();

	private static MediaflowStack stack;

	private static GatewayClient client;

	private static final List<String> secretsSeen = new ArrayList<>();

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void refusesBadFilesAndStoresNothing() throws Exception {
		JsonNode user = registerWithKnownPassword();
		String token = user.get("access_token").asString();
		byte[] jpeg = TestImages.jpeg(200, 150);
		byte[] bomb = TestImages.png(10, 10);
		ByteBuffer.wrap(bomb, 16, 8).putInt(30000).putInt(30000);
		byte[] wavHeaderOnly = Arrays.copyOf(TestAudio.wav(1, 8000, 1), 12);
		byte[] wavWithJpegBody = concat(wavHeaderOnly, jpeg);
		List<Part> tooMany = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			tooMany.add(new Part("files", "p" + i + ".png", "image/png", TestImages.png(8, 8)));
		}

		assertRefused(
				client.upload("/upload", token,
						new Part("files", "notes.jpg", "image/jpeg", "these are my notes, not a photo".getBytes())),
				415);
		assertRefused(client.upload("/upload", token,
				new Part("files", "cut.jpg", "image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2))), 422);
		assertRefused(client.upload("/upload", token, new Part("files", "bomb.png", "image/png", bomb)), 422);
		assertRefused(client.upload("/upload", token, new Part("files", "empty.png", "image/png", new byte[0])), 400);
		assertRefused(client.upload("/upload", token, new Part("files", "song.wav", "audio/wav", wavWithJpegBody)),
				415);
		assertRefused(
				client.upload("/upload", token, new Part("files", "huge.png", "image/png", new byte[2 * 1024 * 1024])),
				413);
		assertRefused(client.upload("/upload", token, tooMany.toArray(Part[]::new)), 400);

		assertThat(TestDatabase.count("SELECT count(*) FROM media.tasks WHERE user_id = ?",
				UUID.fromString(user.get("user_id").asString())))
			.isZero();
	}

	@Test
	void storesAndZipsHostileFileNamesUnderSafeNames() throws Exception {
		String token = registerWithKnownPassword().get("access_token").asString();
		String hostile = "../../etc/passwd/evil\u202Egpj.exe" + "x".repeat(300) + " 🌅.png";
		HttpResponse<String> nul = client.upload("/upload", token,
				new Part("files", "evil\u0000name.png", "image/png", TestImages.png(16, 16)));
		assertRefused(nul, 400);

		HttpResponse<String> accepted = client.upload("/upload", token,
				new Part("files", hostile, "image/png", TestImages.png(16, 16)),
				new Part("files", "..\\..\\windows\\cat.png", "image/png", TestImages.png(16, 16)));

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();
		assertThat(client.awaitFinished(taskId, token, Duration.ofSeconds(60)).get("status").asString())
			.isEqualTo("DONE");
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(
				new ByteArrayInputStream(client.getBytes("/task/" + taskId, token).body()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).hasSize(8).contains("cat_original.png").allSatisfy((name) -> {
			assertThat(name).doesNotContain("/", "\\", "..", "\u202E", "🌅");
			assertThat(name.length()).isLessThanOrEqualTo(100);
		});
	}

	@Test
	void answersSqlLikeAndOverlongFieldsWithFieldErrors() throws Exception {
		String sql = "x'; DROP TABLE auth.users; --";
		String longText = "y".repeat(100_000);
		List<String> bodies = List.of("{\"email\":\"" + sql + "\",\"password\":\"" + sql + "\"}",
				"{\"user_name\":\"" + sql + "\",\"password\":\"long enough password\"}",
				"{\"email\":\"a@b.co\",\"password\":\"" + longText + "\"}",
				"{\"email\":\"a@b.co\",\"password\":\"long enough password\",\"first_name\":\"" + longText + "\"}",
				"{\"email\":\"" + longText + "@x.com\",\"password\":\"long enough password\"}");
		for (String body : bodies) {
			assertRefused(client.postJson("/registration", body), 400);
		}
		assertRefused(client.postJson("/users", "{\"name\":\"" + sql + "\"}"), 400);
		assertRefused(client.postJson("/users", "{\"name\":\"" + longText + "\"}"), 400);
		assertRefused(client.postJson("/login", "{\"email\":\"" + sql + "\",\"password\":\"" + sql + "\"}"), 401);
		assertRefused(client.postJson("/login", "{\"user_name\":\"" + longText + "\",\"password\":\"x\"}"), 413);
		assertThat(TestDatabase.count("SELECT count(*) FROM auth.users")).isPositive();
	}

	@Test
	void answersMalformedIdsWith400() throws Exception {
		JsonNode user = registerWithKnownPassword();
		String token = user.get("access_token").asString();
		String userId = user.get("user_id").asString();
		for (String path : List.of("/status/not-a-uuid", "/task/1%27%20OR%201=1", "/history/%00", "/images/..%2F..",
				"/record?id=nope&user=" + userId, "/record?id=" + UUID.randomUUID() + "&user=x",
				"/image?id=123&user=" + userId, "/history/" + userId + "?page=abc")) {
			HttpResponse<String> response = client.get(path, token);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertProblem(response);
		}
	}

	@Test
	void pausesLoginAfterManyWrongPasswordsUntilTheWindowHasPassed() throws Exception {
		JsonNode user = registerWithKnownPassword();
		String email = user.get("name").asString();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			statuses.add(client.postJson("/login", "{\"email\":\"%s\",\"password\":\"wrong-%d\"}".formatted(email, i))
				.statusCode());
		}
		assertThat(statuses.subList(0, 5)).containsOnly(401);
		assertThat(statuses.subList(5, 10)).containsOnly(429);
		HttpResponse<String> blocked = client.postJson("/login",
				"{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD));
		assertThat(blocked.statusCode()).isEqualTo(429);
		assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
		assertProblem(blocked);

		Thread.sleep((Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow()) + 1) * 1000);

		HttpResponse<String> login = client.postJson("/login",
				"{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD));
		assertThat(login.statusCode()).isEqualTo(200);
		secretsSeen.add(GatewayClient.json.readTree(login.body()).get("access_token").asString());
	}

	@Test
	void neverWritesPasswordsOrTokensToTheLogs() throws Exception {
		JsonNode user = registerWithKnownPassword();
		JsonNode named = GatewayClient.json.readTree(client
			.postJson("/users", "{\"name\":\"logcheck " + UUID.randomUUID().toString().substring(0, 8) + "\"}")
			.body());
		String accessToken = named.get("access_token").asString();
		client.uploadWithHeaders("/records?user_id=" + named.get("user_id").asString() + "&access_token=" + accessToken,
				new String[0], new Part("record", "a.wav", "audio/wav", TestAudio.wav(0.2, 8000, 1)));
		client.postJson("/login",
				"{\"email\":\"%s\",\"password\":\"%s-wrong\"}".formatted(user.get("name").asString(), PASSWORD));
		secretsSeen.add(accessToken);
		secretsSeen.add(user.get("access_token").asString());

		Path log = StackFixture.DATA_DIR.resolve("logs").resolve("mediaflow.log");
		String logged = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(logged).contains("Registered user");
		assertThat(logged).doesNotContain(PASSWORD);
		for (String secret : secretsSeen) {
			assertThat(logged).doesNotContain(secret);
		}
	}

	private static JsonNode registerWithKnownPassword() throws Exception {
		HttpResponse<String> response = client.postJson("/registration",
				"{\"email\":\"hostile-%s@example.com\",\"password\":\"%s\"}".formatted(UUID.randomUUID(), PASSWORD));
		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode user = GatewayClient.json.readTree(response.body());
		secretsSeen.add(user.get("access_token").asString());
		return user;
	}

	private static void assertRefused(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertProblem(response);
	}

	private static void assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SQL");
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
