package io.mediaflow.standalone;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.worker.image.ImageKernel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker's image kernel as an operator and a user meet it: which codec runs, and an
 * image that would decode to more memory than the worker allows is failed from its
 * header, never decoded.
 */
@StackTest(TestStack.STANDARD)
class ImageKernelIntegrationTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		// media-api refuses such images from their header first; raised here so the
		// worker's own bound is what is tried
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void theWorkerSaysWhichCodecItRunsOn() throws Exception {
		String expected = Files.isRegularFile(Path.of(ImageKernel.DEBIAN_LIBRARY)) ? "system" : "bundled";

		HttpResponse<String> info = http.send(
				HttpRequest
					.newBuilder(URI
						.create("http://localhost:" + stack.managementPorts().get("media-worker") + "/actuator/info"))
					.header("Authorization",
							"Basic " + Base64.getEncoder()
								.encodeToString(("operator:" + StackFixture.OPERATOR_PASSWORD)
									.getBytes(StandardCharsets.UTF_8)))
					.build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(info.statusCode()).isEqualTo(200);
		JsonNode kernel = GatewayClient.json.readTree(info.body()).get("imageKernel");
		assertThat(kernel.get("codec").asString()).isEqualTo(expected);
		assertThat(kernel.get("jpeg").asString()).contains("libjpeg-turbo");
	}

	@Test
	void failsAnImageThatWouldDecodeToMoreThanTheWorkersBoundWithoutDecodingIt() throws Exception {
		String token = client.register().get("access_token").asString();
		// 6000 x 6000 x 4 channels x 2 bytes = 288 MB decoded (the bound is 268 MB), 36
		// MP (the upload limit is 50)
		byte[] png = uniformSixteenBitRgbaPng(6000, 6000);

		HttpResponse<String> accepted = client.upload("/upload", token,
				new Part("files", "deep.png", "image/png", png));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();
		JsonNode status = client.awaitFinished(taskId, token, Duration.ofSeconds(60));

		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("FAILED");
		assertThat(status.get("files").get(0).get("error").asString()).contains("6000x6000 with 4 channels of 16 bits")
			.contains("MB decoded");
	}

	/**
	 * A valid PNG of a few hundred kilobytes, written row by row without holding its
	 * pixels.
	 */
	private static byte[] uniformSixteenBitRgbaPng(int width, int height) throws IOException {
		ByteArrayOutputStream idat = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflater = new DeflaterOutputStream(idat, new Deflater(9))) {
			byte[] row = new byte[1 + width * 8]; // filter type 0, then zero samples
			for (int y = 0; y < height; y++) {
				deflater.write(row);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(png);
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream ihdr = new DataOutputStream(header);
		ihdr.writeInt(width);
		ihdr.writeInt(height);
		ihdr.write(new byte[] { 16, 6, 0, 0, 0 }); // 16-bit, RGBA, deflate, no filter
													// method, not interlaced
		chunk(out, "IHDR", header.toByteArray());
		chunk(out, "IDAT", idat.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(data.length);
		out.write(name);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

}
