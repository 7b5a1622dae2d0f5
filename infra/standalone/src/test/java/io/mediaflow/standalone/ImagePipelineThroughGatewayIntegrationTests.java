package io.mediaflow.standalone;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import io.mediaflow.common.storage.StorageKeys;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.PostgresEndpoint;
import io.mediaflow.testing.TestImages;
import io.mediaflow.testing.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image pipeline as a new user meets it, through the gateway of a real standalone
 * stack: PostgreSQL, RabbitMQ, the embedded S3 server, OpenCV in the worker.
 */
@StackTest(TestStack.STANDARD)
class ImagePipelineThroughGatewayIntegrationTests {

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void uploadsThreeImagesAndDownloadsTwelveResults() throws Exception {
		JsonNode user = client.register();
		String token = user.get("access_token").asString();
		byte[] photo = TestImages.jpeg(640, 480);
		byte[] logo = TestImages.pngWithAlpha(320, 200);
		byte[] portrait = TestImages.jpegWithExifOrientation(300, 200, 6);

		HttpResponse<String> accepted = client.upload("/upload", token,
				new Part("files", "photo.jpg", "image/jpeg", photo), new Part("files", "logo.png", "image/png", logo),
				new Part("files", "phone shot.jpg", "image/jpeg", portrait));

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		JsonNode task = GatewayClient.json.readTree(accepted.body());
		String taskId = task.get("task_id").asString();
		assertThat(accepted.headers().firstValue("Location")).contains(task.get("status_url").asString());
		assertThat(task.get("status_url").asString()).isEqualTo(stack.gatewayUrl() + "/status/" + taskId);
		assertThat(task.get("download_url").asString()).isEqualTo(stack.gatewayUrl() + "/task/" + taskId);

		JsonNode status = client.awaitFinished(taskId, token, Duration.ofSeconds(60));
		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
		assertThat(status.get("progress").get("total").asInt()).isEqualTo(3);
		assertThat(status.get("progress").get("done").asInt()).isEqualTo(3);
		assertThat(status.get("files").get(2).get("outputs").get(1).asString()).isEqualTo("phone_shot_rotated.jpg");

		HttpResponse<byte[]> zip = client.getBytes("/task/" + taskId, token);
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.headers().firstValue("Content-Type")).contains("application/zip");
		Map<String, byte[]> entries = unzip(zip.body());
		assertThat(entries).containsOnlyKeys("photo_original.jpg", "photo_rotated.jpg", "photo_gray.jpg",
				"photo_scaled.jpg", "logo_original.png", "logo_rotated.png", "logo_gray.png", "logo_scaled.png",
				"phone_shot_original.jpg", "phone_shot_rotated.jpg", "phone_shot_gray.jpg", "phone_shot_scaled.jpg");

		assertThat(entries.get("photo_original.jpg")).isEqualTo(photo);
		assertThat(entries.get("logo_original.png")).isEqualTo(logo);
		assertThat(entries.get("phone_shot_original.jpg")).isEqualTo(portrait);
		assertImage(entries.get("photo_rotated.jpg"), 480, 640, 3);
		assertImage(entries.get("photo_gray.jpg"), 640, 480, 1);
		assertImage(entries.get("photo_scaled.jpg"), 320, 240, 3);
		assertImage(entries.get("logo_rotated.png"), 200, 320, 4);
		assertImage(entries.get("logo_gray.png"), 320, 200, 2); // gray plus the alpha
																// channel
		assertImage(entries.get("logo_scaled.png"), 160, 100, 4);
		// stored 300 x 200 with EXIF orientation 6: upright it is 200 x 300
		assertImage(entries.get("phone_shot_rotated.jpg"), 300, 200, 3);
		assertImage(entries.get("phone_shot_gray.jpg"), 200, 300, 1);
		assertImage(entries.get("phone_shot_scaled.jpg"), 100, 150, 3);

		HttpResponse<String> history = client.get("/history/" + user.get("user_id").asString(), token);
		assertThat(history.statusCode()).isEqualTo(200);
		JsonNode page = GatewayClient.json.readTree(history.body());
		assertThat(page.get("total").asLong()).isEqualTo(12);
		assertThat(page.get("items")).hasSize(12);
		assertThat(page.get("items").get(0).get("task_id").asString()).isEqualTo(taskId);
		assertThat(countRows("SELECT count(*) FROM media.image_task WHERE task_id = ?", UUID.fromString(taskId)))
			.isEqualTo(12);
	}

	@Test
	void givesTwoFilesOfTheSameNameDistinctLinks() throws Exception {
		String token = client.register().get("access_token").asString();

		String taskId = finishedTask(token, new Part("files", "cat.png", "image/png", TestImages.png(40, 30)),
				new Part("file", "../cat.png", "image/png", TestImages.png(30, 40)));

		assertThat(unzip(client.getBytes("/task/" + taskId, token).body())).containsKeys("cat_original.png",
				"cat-2_original.png");
	}

	@Test
	void aResultGoneFromTheBucketIsAProblemRatherThanAZipCutShort() throws Exception {
		String token = client.register().get("access_token").asString();
		UUID taskId = UUID
			.fromString(finishedTask(token, new Part("files", "first.png", "image/png", TestImages.png(40, 30)),
					new Part("files", "second.png", "image/png", TestImages.png(30, 40))));
		stack.context("media-api")
			.getBean(ObjectStore.class)
			.delete(List.of(StorageKeys.result(taskId, "second_scaled.png")));

		HttpResponse<String> gone = client.get("/task/" + taskId, token);

		assertThat(gone.statusCode()).as(gone.body()).isEqualTo(404);
		assertThat(gone.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(GatewayClient.json.readTree(gone.body()).get("type").asString())
			.isEqualTo("https://mediaflow.io/problems/stored-file-missing");
	}

	@Test
	void refusesAFileThatIsNotAnImageAndKeepsNothing() throws Exception {
		JsonNode user = client.register();
		String token = user.get("access_token").asString();

		HttpResponse<String> refused = client.upload("/upload", token,
				new Part("files", "good.png", "image/png", TestImages.png(20, 20)),
				new Part("files", "notes.jpg", "image/jpeg", "not an image at all".getBytes()));

		assertThat(refused.statusCode()).isEqualTo(415);
		assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(refused.body()).contains("notes.jpg");
		assertThat(countRows("SELECT count(*) FROM media.tasks WHERE user_id = ?",
				UUID.fromString(user.get("user_id").asString())))
			.isZero();
	}

	@Test
	void hidesOtherUsersTasksAndHistory() throws Exception {
		JsonNode owner = client.register();
		String ownerToken = owner.get("access_token").asString();
		String strangerToken = client.register().get("access_token").asString();
		String taskId = GatewayClient.json
			.readTree(
					client.upload("/upload", ownerToken, new Part("files", "a.png", "image/png", TestImages.png(8, 8)))
						.body())
			.get("task_id")
			.asString();

		assertThat(client.get("/status/" + taskId, strangerToken).statusCode()).isEqualTo(404);
		assertThat(client.get("/task/" + taskId, strangerToken).statusCode()).isEqualTo(404);
		assertThat(client.get("/history/" + owner.get("user_id").asString(), strangerToken).statusCode())
			.isEqualTo(403);
		assertThat(client.get("/status/not-a-uuid", ownerToken).statusCode()).isEqualTo(400);
	}

	/** Uploads the parts as one task and waits until it is DONE; answers its id. */
	private static String finishedTask(String token, Part... parts) throws Exception {
		HttpResponse<String> accepted = client.upload("/upload", token, parts);
		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();
		JsonNode status = client.awaitFinished(taskId, token, Duration.ofSeconds(60));
		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
		return taskId;
	}

	private static void assertImage(byte[] bytes, int width, int height, int bands) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(image).isNotNull();
		assertThat(image.getWidth()).isEqualTo(width);
		assertThat(image.getHeight()).isEqualTo(height);
		assertThat(image.getRaster().getNumBands()).isEqualTo(bands);
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static long countRows(String sql, UUID id) throws Exception {
		PostgresEndpoint postgres = TestInfrastructure.postgres();
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
				postgres.password()); PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, id);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

}
