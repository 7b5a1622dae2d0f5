package io.mediaflow.media.webhook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signature a receiver checks: {@code sha256=} and the hex HMAC-SHA256 of the raw
 * body, keyed with the owner's secret.
 */
class WebhookSignerTests {

	@Test
	void signsWithHmacSha256InLowerCaseHex() {
		// RFC 4231, test case 2
		String signature = WebhookSigner.signature("Jefe",
				"what do ya want for nothing?".getBytes(StandardCharsets.UTF_8));

		assertThat(signature).isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}

	@Test
	void aDifferentSecretOrBodyGivesADifferentSignature() {
		byte[] body = "{\"task_id\":\"1\",\"status\":\"DONE\"}".getBytes(StandardCharsets.UTF_8);
		String signature = WebhookSigner.signature("whsec_a", body);

		assertThat(WebhookSigner.signature("whsec_b", body)).isNotEqualTo(signature);
		assertThat(WebhookSigner.signature("whsec_a",
				"{\"task_id\":\"1\",\"status\":\"FAILED\"}".getBytes(StandardCharsets.UTF_8)))
			.isNotEqualTo(signature);
		assertThat(WebhookSigner.signature("whsec_a", body.clone())).isEqualTo(signature);
	}

}
