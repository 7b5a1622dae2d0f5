package io.mediaflow.standalone;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.HostileMedia;
import io.mediaflow.testing.TestAudio;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits that a file's own header could talk its way past (issue 18, item 7): a WAV whose
 * byte rate hides its length, a PNG whose pixel count passes but whose decoded size does
 * not, a JPEG bomb behind a marker that a careless reader takes for a length, and a
 * recording longer than the worker converts. The worker's cap is set to 2 s here, below
 * media-api's 30 min, so that the worker's own bound is what answers.
 */
@StackTest(TestStack.SHORT_AUDIO)
class UntrustedHeadersIntegrationTests {

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void refusesAWavWhoseByteRateContradictsItsSamplesAndStoresNothing() throws Exception {
		JsonNode user = client.createNameUser();
		String[] credentials = GatewayClient.accessTokenHeaders(user);
		byte[] hourAsZeroSeconds = HostileMedia.wavWithByteRate(TestAudio.wav(1.0, 44100, 2), 2_000_000_000L);
		byte[] wrongBlockAlign = HostileMedia.wavWithBlockAlign(TestAudio.wav(1.0, 44100, 2), 1);

		HttpResponse<String> record = client.uploadWithHeaders("/records", credentials,
				new Part("record", "hour.wav", "audio/wav", hourAsZeroSeconds));
		HttpResponse<String> upload = client.uploadWithHeaders("/upload", credentials,
				new Part("files", "frames.wav", "audio/wav", wrongBlockAlign));

		assertRefused(record, 422, "byte rate of 2000000000");
		assertRefused(upload, 422, "block align of 1");
		assertNothingStoredFor(user);
	}

	@Test
	void refusesA16BitRgbaPngByItsDecodedSizeThoughItsPixelCountPasses() throws Exception {
		JsonNode user = client.createNameUser();
		String[] credentials = GatewayClient.accessTokenHeaders(user);
		byte[] png = HostileMedia.png16BitRgba(7000, 7000); // 49 Mpx, under the 50 Mpx
															// limit; 392 MB decoded
		assertThat(png.length).isLessThan(2 * 1024 * 1024);

		assertRefused(client.uploadWithHeaders("/upload", credentials, new Part("files", "deep.png", "image/png", png)),
				422, "373 MB decoded; at most 200 MB");
		assertRefused(client.uploadWithHeaders("/image", credentials, new Part("image", "deep.png", "image/png", png)),
				422, "16 bits");
		assertNothingStoredFor(user);
	}

	@Test
	void seesTheJpegFrameLibjpegDecodesBehindATemOrRstMarker() throws Exception {
		JsonNode user = client.register();
		String token = user.get("access_token").asString();
		byte[] bomb = HostileMedia.jpegWithDecoyFrameAfter(0x01,
				HostileMedia.jpegDeclaring(TestImages.jpeg(64, 48), 30000, 30000), 64, 48);

		assertRefused(client.upload("/upload", token, new Part("files", "bomb.jpg", "image/jpeg", bomb)), 422,
				"30000x30000");
		assertNothingStoredFor(user);

		byte[] decoyed = HostileMedia.jpegWithDecoyFrameAfter(0xD3, TestImages.jpeg(120, 80), 16, 16);
		byte[] junk = HostileMedia.jpegWithJunkBetweenSegments(TestImages.jpeg(90, 60));
		HttpResponse<String> accepted = client.upload("/upload", token,
				new Part("files", "decoyed.jpg", "image/jpeg", decoyed),
				new Part("files", "junk.jpg", "image/jpeg", junk));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();
		JsonNode status = client.awaitFinished(taskId, token, Duration.ofSeconds(60));
		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
	}

	@Test
	void failsARecordingLongerThanTheWorkerConverts() throws Exception {
		JsonNode user = client.createNameUser();
		HttpResponse<String> created = client.uploadWithHeaders("/records", GatewayClient.accessTokenHeaders(user),
				new Part("record", "long.wav", "audio/wav", TestAudio.wav(4.0, 8000, 1)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String link = GatewayClient.json.readTree(created.body()).get("download_url").asString();

		HttpResponse<String> download = client.getWithHeaders(link);
		for (int i = 0; i < 10 && download.statusCode() == 202; i++) {
			download = client.getWithHeaders(link);
		}

		assertRefused(download, 422, "longer than 2 s");
	}

	private static void assertRefused(HttpResponse<String> response, int status, String detail) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains(detail).doesNotContain("Exception");
	}

	private static void assertNothingStoredFor(JsonNode user) throws Exception {
		assertThat(TestDatabase.count("SELECT count(*) FROM media.tasks WHERE user_id = ?",
				UUID.fromString(user.get("user_id").asString())))
			.isZero();
	}

}
