package io.mediaflow.standalone;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.Mp3Frames;
import io.mediaflow.testing.TestAudio;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Seeds 002/003 as a new user tries them: a name-only user with a UUID access token posts
 * a WAV and downloads the MP3 from the URL it gets back, through the gateway of a real
 * standalone stack.
 */
@StackTest(TestStack.STANDARD)
class RecordsThroughGatewayIntegrationTests {

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void convertsAWavPostedWithQueryCredentialsToAnMp3OfTheSameLength() throws Exception {
		JsonNode user = createUser();
		String userId = user.get("user_id").asString();
		String token = user.get("access_token").asString();
		assertThat(UUID.fromString(token)).isNotNull();

		HttpResponse<String> created = client.uploadWithHeaders("/records?user_id=" + userId + "&access_token=" + token,
				new String[0], new Part("record", "interview.wav", "audio/wav", TestAudio.wav(2.5, 44100, 2)));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String downloadUrl = GatewayClient.json.readTree(created.body()).get("download_url").asString();
		assertThat(downloadUrl)
			.matches(stack.gatewayUrl() + "/record\\?id=[0-9a-f-]{36}&user=" + userId + "&expires=[0-9]+&sig=.+");

		HttpResponse<byte[]> mp3 = client.getBytes(downloadUrl, "X-User-Id", userId, "X-Access-Token", token);

		assertThat(mp3.statusCode()).isEqualTo(200);
		assertThat(mp3.headers().firstValue("Content-Type")).contains("audio/mpeg");
		assertThat(mp3.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(disposition) -> assertThat(disposition).contains("attachment").contains("interview.mp3"));
		assertThat(Mp3Frames.parse(mp3.body()).durationSeconds()).isCloseTo(2.5, within(0.1));
	}

	@Test
	void acceptsCredentialsAsMultipartFormFields() throws Exception {
		JsonNode user = createUser();
		byte[] wav = TestAudio.wav(0.8, 16000, 1);

		HttpResponse<String> created = client.uploadWithHeaders("/records", new String[0],
				Part.field("user_id", user.get("user_id").asString()),
				Part.field("access_token", user.get("access_token").asString()),
				new Part("record", "form.wav", "audio/wav", wav));
		HttpResponse<String> fieldsAfterTheFile = client.uploadWithHeaders("/records", new String[0],
				new Part("record", "late.wav", "audio/wav", wav), Part.field("user_id", user.get("user_id").asString()),
				Part.field("access_token", user.get("access_token").asString()));
		HttpResponse<String> wrongToken = client.uploadWithHeaders("/records", new String[0],
				Part.field("user_id", user.get("user_id").asString()),
				Part.field("access_token", UUID.randomUUID().toString()),
				new Part("record", "form.wav", "audio/wav", wav));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(fieldsAfterTheFile.statusCode()).as(fieldsAfterTheFile.body()).isEqualTo(401);
		assertThat(wrongToken.statusCode()).isEqualTo(401);
		String downloadUrl = GatewayClient.json.readTree(created.body()).get("download_url").asString();
		HttpResponse<byte[]> mp3 = client.getBytes(downloadUrl, credentials(user));
		assertThat(Mp3Frames.parse(mp3.body()).durationSeconds()).isCloseTo(0.8, within(0.1));
	}

	@Test
	void acceptsTheAliasAndAJwtToo() throws Exception {
		JsonNode registered = client.register();
		String jwt = registered.get("access_token").asString();

		HttpResponse<String> created = client.upload("/record", jwt,
				new Part("record", "memo.wav", "audio/wav", TestAudio.wav(1.0, 22050, 1)));

		assertThat(created.statusCode()).isEqualTo(201);
		String downloadUrl = GatewayClient.json.readTree(created.body()).get("download_url").asString();
		HttpResponse<byte[]> mp3 = client.getBytes(downloadUrl, "Authorization", "Bearer " + jwt);
		assertThat(mp3.statusCode()).isEqualTo(200);
		assertThat(Mp3Frames.parse(mp3.body()).durationSeconds()).isCloseTo(1.0, within(0.1));
	}

	@Test
	void refusesADuplicateBlankOrOverLongName() throws Exception {
		String name = "dup-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(client.postJson("/users", "{\"name\":\"" + name + "\"}").statusCode()).isEqualTo(201);

		assertThat(client.postJson("/users", "{\"name\":\"" + name.toUpperCase() + "\"}").statusCode()).isEqualTo(409);
		assertThat(client.postJson("/users", "{\"name\":\"   \"}").statusCode()).isEqualTo(400);
		assertThat(client.postJson("/users", "{\"name\":\"" + "n".repeat(65) + "\"}").statusCode()).isEqualTo(400);
	}

	@Test
	void refusesAWrongAccessTokenAndAnotherUsersToken() throws Exception {
		JsonNode alice = createUser();
		JsonNode bob = createUser();
		byte[] wav = TestAudio.wav(0.5, 8000, 1);

		HttpResponse<String> wrong = client.uploadWithHeaders("/records", new String[] { "X-User-Id",
				alice.get("user_id").asString(), "X-Access-Token", UUID.randomUUID().toString() },
				new Part("record", "a.wav", "audio/wav", wav));
		HttpResponse<String> borrowed = client.uploadWithHeaders("/records", new String[] { "X-User-Id",
				alice.get("user_id").asString(), "X-Access-Token", bob.get("access_token").asString() },
				new Part("record", "a.wav", "audio/wav", wav));

		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(borrowed.statusCode()).isEqualTo(401);
	}

	@Test
	void refusesWhatIsNotARealWav() throws Exception {
		JsonNode user = createUser();
		String[] credentials = credentials(user);

		HttpResponse<String> png = client.uploadWithHeaders("/records", credentials,
				new Part("record", "song.wav", "audio/wav", TestImages.png(10, 10)));
		HttpResponse<String> empty = client.uploadWithHeaders("/records", credentials,
				new Part("record", "empty.wav", "audio/wav", new byte[0]));
		HttpResponse<String> none = client.uploadWithHeaders("/records", credentials,
				new Part("other", "x.wav", "audio/wav", TestAudio.wav(0.2, 8000, 1)));

		assertThat(png.statusCode()).isEqualTo(415);
		assertThat(png.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(none.statusCode()).isEqualTo(400);
	}

	@Test
	void hidesRecordsFromOtherUsers() throws Exception {
		JsonNode owner = createUser();
		JsonNode stranger = createUser();
		HttpResponse<String> created = client.uploadWithHeaders("/records", credentials(owner),
				new Part("record", "a.wav", "audio/wav", TestAudio.wav(0.3, 8000, 1)));
		String downloadUrl = GatewayClient.json.readTree(created.body()).get("download_url").asString();
		String recordId = downloadUrl.replaceAll(".*id=([^&]+).*", "$1");

		assertThat(client.getBytes(downloadUrl.replaceAll("&expires=.*", ""), credentials(stranger)).statusCode())
			.isEqualTo(404);
		assertThat(client
			.getBytes("/record?id=" + recordId + "&user=" + stranger.get("user_id").asString(), credentials(stranger))
			.statusCode()).isEqualTo(404);
		assertThat(client
			.getBytes("/record?id=" + UUID.randomUUID() + "&user=" + owner.get("user_id").asString(),
					credentials(owner))
			.statusCode()).isEqualTo(404);
		assertThat(client.getBytes("/record?id=nope&user=" + owner.get("user_id").asString(), credentials(owner))
			.statusCode()).isEqualTo(400);
		assertThat(client.getBytes(downloadUrl.replaceAll("&expires=.*", "")).statusCode()).isEqualTo(401);
	}

	@Test
	void putsTheMp3OfAWavUploadedWithImagesInTheTaskZip() throws Exception {
		JsonNode user = createUser();
		String[] credentials = credentials(user);

		HttpResponse<String> accepted = client.uploadWithHeaders("/upload", credentials,
				new Part("files", "song.wav", "audio/wav", TestAudio.wav(1.0, 44100, 1)),
				new Part("files", "cover.jpg", "image/jpeg", TestImages.jpeg(64, 64)));
		assertThat(accepted.statusCode()).isEqualTo(202);
		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();

		String token = client.register().get("access_token").asString(); // any JWT: the
																			// task is not
																			// its own
		assertThat(client.get("/status/" + taskId, token).statusCode()).isEqualTo(404);
		JsonNode status = awaitFinished(taskId, credentials);
		assertThat(status.get("status").asString()).isEqualTo("DONE");
		assertThat(status.get("files").get(0).get("outputs").get(0).asString()).isEqualTo("song.mp3");

		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(
				new ByteArrayInputStream(client.getBytes("/task/" + taskId, credentials).body()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		assertThat(entries).containsOnlyKeys("song.mp3", "cover_original.jpg", "cover_rotated.jpg", "cover_gray.jpg",
				"cover_scaled.jpg");
		assertThat(Mp3Frames.parse(entries.get("song.mp3")).durationSeconds()).isCloseTo(1.0, within(0.1));
	}

	private static JsonNode awaitFinished(String taskId, String[] credentials) {
		return await("task " + taskId + " finished").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> GatewayClient.json.readTree(client.getWithHeaders("/status/" + taskId, credentials).body()),
					GatewayClient::finished);
	}

	private static String[] credentials(JsonNode user) {
		return new String[] { "X-User-Id", user.get("user_id").asString(), "X-Access-Token",
				user.get("access_token").asString() };
	}

	private static JsonNode createUser() throws Exception {
		HttpResponse<String> created = client.postJson("/users",
				"{\"name\":\"user " + UUID.randomUUID().toString().substring(0, 12) + "\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return GatewayClient.json.readTree(created.body());
	}

}
