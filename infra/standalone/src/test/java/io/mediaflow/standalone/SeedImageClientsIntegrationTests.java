package io.mediaflow.standalone;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client written for seed 001's README, unchanged: {@code POST /img} with the image
 * inside a JSON body and the numbers as strings, then {@code GET /<id>} with the Bearer
 * token.
 */
@StackTest(TestStack.STANDARD)
class SeedImageClientsIntegrationTests {

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void storesABase64ImageSentAsJsonAndAnswersGetById() throws Exception {
		String token = seed001Token();
		String img = Base64.getEncoder().encodeToString(TestImages.pngWithAlpha(400, 300));

		HttpResponse<String> created = postJson("/img", token,
				"{\"img\":\"" + img + "\",\"x\":\"200\",\"y\":\"\",\"quality\":\"70\"}");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = GatewayClient.json.readTree(created.body()).get("id").asString();
		HttpResponse<byte[]> jpeg = client.getBytes("/" + id, token);
		assertThat(jpeg.statusCode()).isEqualTo(200);
		assertThat(jpeg.headers().firstValue("Content-Type")).contains("image/jpeg");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg.body()));
		assertThat(image.getWidth()).isEqualTo(200);
		assertThat(image.getHeight()).isEqualTo(150);
		assertThat(client.getBytes("/images/" + id, token).body()).isEqualTo(jpeg.body());
	}

	@Test
	void takesADataUrlAndNumbersAsNumbersOnBothPaths() throws Exception {
		String token = seed001Token();
		String dataUrl = "data:image/jpeg;base64," + Base64.getMimeEncoder().encodeToString(TestImages.jpeg(300, 200));

		HttpResponse<String> created = postJson("/image", token,
				"{\"img\":\"" + dataUrl.replace("\r\n", "\\r\\n") + "\",\"y\":100,\"quality\":90}");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = GatewayClient.json.readTree(created.body()).get("id").asString();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(client.getBytes("/" + id, token).body()));
		assertThat(image.getHeight()).isEqualTo(100);
		assertThat(image.getWidth()).isEqualTo(150);
	}

	@Test
	void refusesBadJsonBodiesWithProblemsAndStoresNothing() throws Exception {
		JsonNode user = client.register();
		String token = user.get("access_token").asString();
		String png = Base64.getEncoder().encodeToString(TestImages.png(20, 20));
		String text = Base64.getEncoder().encodeToString("not an image at all".getBytes());

		assertRefused(postJson("/img", token, "{\"img\": \"" + png), 400);
		assertRefused(postJson("/img", token, "{\"x\":\"10\"}"), 400);
		assertRefused(postJson("/img", token, "{\"img\":\"" + png + "\",\"x\":\"wide\"}"), 400);
		assertRefused(postJson("/img", token, "{\"img\":\"" + png + "\",\"quality\":\"101\"}"), 400);
		assertRefused(postJson("/img", token, "{\"img\":\"data:image/png,plain\"}"), 400);
		assertRefused(postJson("/img", token, "{\"img\":\"" + text + "\"}"), 415);
		assertRefused(postJson("/img", token, "{\"img\":\"%%%\"}"), 400);
		assertThat(postJson("/img", null, "{\"img\":\"" + png + "\"}").statusCode()).isEqualTo(401);

		assertThat(TestDatabase.count("SELECT count(*) FROM media.tasks WHERE user_id = ?",
				UUID.fromString(user.get("user_id").asString())))
			.isZero();
	}

	@Test
	void answersGetByIdOnlyForTheOwnersImageIds() throws Exception {
		String owner = seed001Token();
		String stranger = seed001Token();
		HttpResponse<String> created = postJson("/img", owner,
				"{\"img\":\"" + Base64.getEncoder().encodeToString(TestImages.png(20, 20)) + "\"}");
		String id = GatewayClient.json.readTree(created.body()).get("id").asString();

		assertRefused(client.getWithHeaders("/" + id, "Authorization", "Bearer " + stranger), 404);
		assertRefused(client.getWithHeaders("/" + UUID.randomUUID(), "Authorization", "Bearer " + owner), 404);
		assertRefused(client.getWithHeaders("/" + id), 401);
		assertThat(client.getWithHeaders("/" + id.toUpperCase(), "Authorization", "Bearer " + owner).statusCode())
			.isEqualTo(200);
		assertThat(client.getWithHeaders("/not-an-image-id", "Authorization", "Bearer " + owner).statusCode())
			.isEqualTo(404);
	}

	/** Seed 001's own steps: register a user name and password, then log in at /auth. */
	private static String seed001Token() throws Exception {
		String name = "seed" + UUID.randomUUID().toString().substring(0, 8);
		String credentials = "{\"user_name\":\"" + name + "\",\"password\":\"pass-word-1\"}";
		assertThat(client.postJson("/registration", credentials).statusCode()).isEqualTo(201);
		HttpResponse<String> auth = client.postJson("/auth", credentials);
		assertThat(auth.statusCode()).as(auth.body()).isEqualTo(200);
		return GatewayClient.json.readTree(auth.body()).get("access_token").asString();
	}

	private static HttpResponse<String> postJson(String path, String token, String body) throws Exception {
		return (token != null) ? client.postJson(path, body, "Authorization", "Bearer " + token)
				: client.postJson(path, body);
	}

	private static void assertRefused(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

}
