package io.mediaflow.standalone;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.Mp3Frames;
import io.mediaflow.testing.TestAudio;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Seed 002's download link opened as it is, in a browser: signed and expiring, it
 * downloads without credentials, and cannot be altered to reach another record or user.
 */
@StackTest(TestStack.STANDARD)
class SignedRecordLinksIntegrationTests {

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void downloadsTheMp3FromTheLinkAsItIsWithoutCredentials() throws Exception {
		JsonNode user = client.createNameUser();
		String link = postRecord(user, TestAudio.wav(1.5, 22050, 1));
		assertThat(link).matches(stack.gatewayUrl() + "/record\\?id=[0-9a-f-]{36}&user="
				+ user.get("user_id").asString() + "&expires=[0-9]+&sig=[A-Za-z0-9_-]{43}");

		HttpResponse<byte[]> mp3 = client.getBytes(link);

		assertThat(mp3.statusCode()).isEqualTo(200);
		assertThat(mp3.headers().firstValue("Content-Type")).contains("audio/mpeg");
		assertThat(mp3.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).contains("attachment").contains("talk.mp3"));
		assertThat(Mp3Frames.parse(mp3.body()).durationSeconds()).isCloseTo(1.5, within(0.1));
		String logged = Files.readString(StackFixture.DATA_DIR.resolve("logs").resolve("mediaflow.log"),
				StandardCharsets.UTF_8);
		assertThat(logged).as("a link is a credential").doesNotContain(param(link, "sig"));
	}

	@Test
	void theOwnersCredentialsStillWorkWithoutASignature() throws Exception {
		JsonNode user = client.createNameUser();
		String unsigned = unsigned(postRecord(user, TestAudio.wav(0.5, 8000, 1)));

		assertThat(client.getBytes(unsigned, GatewayClient.accessTokenHeaders(user)).statusCode()).isEqualTo(200);
		HttpResponse<String> anonymous = client.getWithHeaders(unsigned);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type")).contains("application/problem+json");
	}

	@Test
	void anAlteredLinkIsNotFound() throws Exception {
		JsonNode alice = client.createNameUser();
		JsonNode bob = client.createNameUser();
		String aliceLink = postRecord(alice, TestAudio.wav(0.4, 8000, 1));
		String aliceOther = postRecord(alice, TestAudio.wav(0.4, 8000, 1));
		String bobLink = postRecord(bob, TestAudio.wav(0.4, 8000, 1));
		String expires = param(aliceLink, "expires");
		String sig = param(aliceLink, "sig");

		String otherRecord = aliceLink.replace(param(aliceLink, "id"), param(aliceOther, "id"));
		String otherUser = aliceLink.replace(param(aliceLink, "user"), bob.get("user_id").asString());
		String bobsRecordAndUser = bobLink.replace(param(bobLink, "sig"), sig);
		String laterExpiry = aliceLink.replace("expires=" + expires, "expires=" + (Long.parseLong(expires) + 86400));
		String otherSig = aliceLink.replace(sig, param(aliceOther, "sig"));
		String flippedSig = aliceLink.replace(sig, ((sig.charAt(0) == 'A') ? "B" : "A") + sig.substring(1));
		String noSig = aliceLink.replace("&sig=" + sig, "");
		String wordExpiry = aliceLink.replace("expires=" + expires, "expires=never");

		for (String altered : new String[] { otherRecord, otherUser, bobsRecordAndUser, laterExpiry, otherSig,
				flippedSig, noSig, wordExpiry }) {
			HttpResponse<String> answer = client.getWithHeaders(altered);
			assertThat(answer.statusCode()).as(altered).isEqualTo(404);
			assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
		}
		assertThat(client.getBytes(otherUser, GatewayClient.accessTokenHeaders(bob)).statusCode())
			.as("the link alone decides")
			.isEqualTo(404);
		assertThat(client.getBytes(aliceLink).statusCode()).isEqualTo(200);
	}

	@Test
	void anExpiredLinkIsNotFound() throws Exception {
		JsonNode user = client.createNameUser();
		String link = postRecord(user, TestAudio.wav(0.4, 8000, 1));
		UUID record = UUID.fromString(param(link, "id"));
		UUID owner = UUID.fromString(user.get("user_id").asString());
		long past = Instant.now().minusSeconds(60).getEpochSecond();
		long soon = Instant.now().plusSeconds(600).getEpochSecond();

		HttpResponse<String> expired = client
			.getWithHeaders(unsigned(link) + "&expires=" + past + "&sig=" + sign(record, owner, past));
		HttpResponse<byte[]> stillValid = client
			.getBytes(unsigned(link) + "&expires=" + soon + "&sig=" + sign(record, owner, soon));

		assertThat(expired.statusCode()).isEqualTo(404);
		assertThat(expired.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(stillValid.statusCode()).as("the same signing, not yet expired").isEqualTo(200);
	}

	@Test
	void seed000sImageUrlStillNeedsTheOwnersCredentials() throws Exception {
		JsonNode user = client.createNameUser();
		HttpResponse<String> created = client.uploadWithHeaders("/image", GatewayClient.accessTokenHeaders(user),
				new Part("image", "a.png", "image/png", TestImages.png(20, 20)));
		String url = GatewayClient.json.readTree(created.body()).get("url").asString();

		assertThat(client.getBytes(url).statusCode()).isEqualTo(401);
		assertThat(client.getBytes(url + "&expires=99999999999&sig=" + "A".repeat(43)).statusCode()).isEqualTo(401);
		assertThat(client.getBytes(url, GatewayClient.accessTokenHeaders(user)).statusCode()).isEqualTo(200);
	}

	/**
	 * What media-api signs with: an HMAC-SHA256 key derived from the JWT secret
	 * (docs/decisions.md).
	 */
	private static String sign(UUID record, UUID user, long expires) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(StackFixture.JWT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		byte[] key = mac.doFinal("mediaflow record download links v1".getBytes(StandardCharsets.UTF_8));
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		byte[] sig = mac.doFinal((record + "\n" + user + "\n" + expires).getBytes(StandardCharsets.UTF_8));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
	}

	private static String postRecord(JsonNode user, byte[] wav) throws Exception {
		HttpResponse<String> created = client.uploadWithHeaders(
				"/records?user_id=" + user.get("user_id").asString() + "&access_token="
						+ user.get("access_token").asString(),
				new String[0], new Part("record", "talk.wav", "audio/wav", wav));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return GatewayClient.json.readTree(created.body()).get("download_url").asString();
	}

	private static String unsigned(String link) {
		return link.replaceAll("&expires=[^&]*&sig=[^&]*", "");
	}

	private static String param(String link, String name) {
		return link.replaceAll(".*[?&]" + name + "=([^&]+).*", "$1");
	}

}
