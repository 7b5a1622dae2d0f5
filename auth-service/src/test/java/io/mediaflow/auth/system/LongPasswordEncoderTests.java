package io.mediaflow.auth.system;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class LongPasswordEncoderTests {

	private final LongPasswordEncoder encoder = new LongPasswordEncoder(4);

	@Test
	void countsEveryByteOfAPasswordLongerThanBcryptsLimit() {
		String password = "é".repeat(50) + "tail-1";
		String hash = this.encoder.encode(password);

		assertThat(this.encoder.matches(password, hash)).isTrue();
		assertThat(this.encoder.matches("é".repeat(50) + "tail-2", hash)).isFalse();
		assertThat(this.encoder.matches("é".repeat(36), hash)).isFalse();
	}

	@Test
	void keepsMatchingHashesMadeByPlainBcrypt() {
		String password = "p".repeat(LongPasswordEncoder.BCRYPT_MAX_BYTES);
		String before = new BCryptPasswordEncoder(4).encode(password);

		assertThat(this.encoder.matches(password, before)).isTrue();
		assertThat(this.encoder.matches("correct horse", new BCryptPasswordEncoder(4).encode("correct horse")))
			.isTrue();
	}

	@Test
	void hashesAnyPasswordUpToTheLongestAllowed() {
		String password = "😀".repeat(64);

		assertThat(this.encoder.matches(password, this.encoder.encode(password))).isTrue();
	}

}
