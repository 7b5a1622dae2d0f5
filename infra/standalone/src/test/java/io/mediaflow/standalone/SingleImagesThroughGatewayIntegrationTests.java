package io.mediaflow.standalone;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeds 000/001 as a new user tries them: store an image as a JPEG, fitted and
 * compressed, and fetch it back, through the gateway of a real standalone stack.
 */
@StackTest(TestStack.STANDARD)
class SingleImagesThroughGatewayIntegrationTests {

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void storesATransparentPngAsASmallerJpegAtMost200Wide() throws Exception {
		JsonNode user = createUser();
		String query = "user_id=" + user.get("user_id").asString() + "&access_token="
				+ user.get("access_token").asString();
		byte[] png = TestImages.pngWithAlpha(400, 300);

		HttpResponse<String> created = client.uploadWithHeaders("/image?x=200&quality=70&" + query, new String[0],
				new Part("image", "logo.png", "image/png", png));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode body = GatewayClient.json.readTree(created.body());
		String url = body.get("url").asString();
		assertThat(url).isEqualTo(stack.gatewayUrl() + "/image?id=" + body.get("id").asString() + "&user="
				+ user.get("user_id").asString());

		HttpResponse<byte[]> jpeg = client.getBytes(url + "&" + query);
		assertThat(jpeg.statusCode()).isEqualTo(200);
		assertThat(jpeg.headers().firstValue("Content-Type")).contains("image/jpeg");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg.body()));
		assertThat(image.getWidth()).isEqualTo(200);
		assertThat(image.getHeight()).isEqualTo(150);
		int transparentCorner = image.getRGB(2, 2);
		assertThat(transparentCorner & 0xFF).isGreaterThan(245); // flattened on white
		assertThat((transparentCorner >> 16) & 0xFF).isGreaterThan(245);

		HttpResponse<String> best = client.uploadWithHeaders("/img?width=200&quality=95&" + query, new String[0],
				new Part("file", "logo.png", "image/png", png));
		String bestId = GatewayClient.json.readTree(best.body()).get("id").asString();
		HttpResponse<byte[]> bestJpeg = client.getBytes("/images/" + bestId + "?" + query);
		assertThat(bestJpeg.statusCode()).isEqualTo(200);
		assertThat(jpeg.body().length).isLessThan(bestJpeg.body().length);
	}

	@Test
	void neverEnlargesAndFitsTheHeightToo() throws Exception {
		String token = client.register().get("access_token").asString();

		HttpResponse<String> created = client.upload("/image?x=1000&y=100", token,
				new Part("image", "photo.jpg", "image/jpeg", TestImages.jpeg(400, 300)));
		HttpResponse<String> untouched = client.upload("/image?x=1000", token,
				new Part("image", "photo.jpg", "image/jpeg", TestImages.jpeg(400, 300)));

		BufferedImage fitted = fetch(created, token);
		BufferedImage original = fetch(untouched, token);
		assertThat(fitted.getHeight()).isEqualTo(100);
		assertThat(fitted.getWidth()).isEqualTo(133);
		assertThat(original.getWidth()).isEqualTo(400);
		assertThat(original.getHeight()).isEqualTo(300);
	}

	@Test
	void showsAnImageToItsOwnerOnly() throws Exception {
		JsonNode owner = createUser();
		JsonNode stranger = createUser();
		HttpResponse<String> created = client.uploadWithHeaders("/image", credentials(owner),
				new Part("image", "a.png", "image/png", TestImages.png(20, 20)));
		String url = GatewayClient.json.readTree(created.body()).get("url").asString();
		String id = GatewayClient.json.readTree(created.body()).get("id").asString();

		assertThat(client.getBytes(url, credentials(owner)).statusCode()).isEqualTo(200);
		assertThat(client.getBytes(url).statusCode()).isEqualTo(401);
		assertThat(client.getBytes(url, credentials(stranger)).statusCode()).isEqualTo(404);
		assertThat(client.getBytes("/images/" + id, credentials(stranger)).statusCode()).isEqualTo(404);
		assertThat(client.getBytes("/images/not-an-id", credentials(owner)).statusCode()).isEqualTo(400);
	}

	@Test
	void anImageGoneFromTheBucketIsNotFoundRatherThanStorageUnavailable() throws Exception {
		String[] credentials = credentials(createUser());
		HttpResponse<String> created = client.uploadWithHeaders("/image", credentials,
				new Part("image", "a.png", "image/png", TestImages.png(20, 20)));
		JsonNode body = GatewayClient.json.readTree(created.body());
		String url = body.get("url").asString();
		assertThat(client.getBytes(url, credentials).statusCode()).isEqualTo(200);
		String key = stack.context("media-api")
			.getBean(JdbcClient.class)
			.sql("SELECT s3_key FROM stored_images WHERE id = ?")
			.param(UUID.fromString(body.get("id").asString()))
			.query(String.class)
			.single();
		stack.context("media-api").getBean(ObjectStore.class).delete(List.of(key));

		HttpResponse<String> gone = client.getWithHeaders(url, credentials);

		assertThat(gone.statusCode()).as(gone.body()).isEqualTo(404);
		assertThat(gone.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(GatewayClient.json.readTree(gone.body()).get("type").asString())
			.isEqualTo("https://mediaflow.io/problems/stored-file-missing");
	}

	@Test
	void refusesBadParametersAndWhatIsNotAnImage() throws Exception {
		String[] credentials = credentials(createUser());
		byte[] png = TestImages.png(20, 20);
		byte[] bomb = TestImages.png(10, 10);
		ByteBuffer.wrap(bomb, 16, 8).putInt(30000).putInt(30000);

		assertThat(status("/image?x=0", credentials, new Part("image", "a.png", "image/png", png))).isEqualTo(400);
		assertThat(status("/image?y=100000", credentials, new Part("image", "a.png", "image/png", png))).isEqualTo(400);
		assertThat(status("/image?quality=101", credentials, new Part("image", "a.png", "image/png", png)))
			.isEqualTo(400);
		assertThat(status("/image?quality=high", credentials, new Part("image", "a.png", "image/png", png)))
			.isEqualTo(400);
		assertThat(status("/image?x=10&width=20", credentials, new Part("image", "a.png", "image/png", png)))
			.isEqualTo(400);
		assertThat(status("/image", credentials, new Part("image", "a.png", "image/png", "text".getBytes())))
			.isEqualTo(415);
		assertThat(status("/image", credentials, new Part("image", "bomb.png", "image/png", bomb))).isEqualTo(422);
	}

	private static int status(String path, String[] credentials, Part part) throws Exception {
		HttpResponse<String> response = client.uploadWithHeaders(path, credentials, part);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
		return response.statusCode();
	}

	private static BufferedImage fetch(HttpResponse<String> created, String token) throws Exception {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String url = GatewayClient.json.readTree(created.body()).get("url").asString();
		HttpResponse<byte[]> jpeg = client.getBytes(url, "Authorization", "Bearer " + token);
		assertThat(jpeg.statusCode()).isEqualTo(200);
		return ImageIO.read(new ByteArrayInputStream(jpeg.body()));
	}

	private static String[] credentials(JsonNode user) {
		return new String[] { "X-User-Id", user.get("user_id").asString(), "X-Access-Token",
				user.get("access_token").asString() };
	}

	private static JsonNode createUser() throws Exception {
		HttpResponse<String> created = client.postJson("/users",
				"{\"name\":\"img " + UUID.randomUUID().toString().substring(0, 12) + "\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return GatewayClient.json.readTree(created.body());
	}

}
