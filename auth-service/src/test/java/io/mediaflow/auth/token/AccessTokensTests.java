package io.mediaflow.auth.token;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An access token is stored as the lower-case hex SHA-256 of its UTF-8 text, never as
 * itself.
 */
class AccessTokensTests {

	@Test
	void hashesWithSha256InLowerCaseHex() {
		// FIPS 180-2, the one-block message
		assertThat(AccessTokens.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void theHashOfATokenIsStableAndHidesIt() {
		String token = UUID.randomUUID().toString();

		assertThat(AccessTokens.hash(token)).isEqualTo(AccessTokens.hash(token))
			.hasSize(64)
			.doesNotContain(token)
			.isNotEqualTo(AccessTokens.hash(UUID.randomUUID().toString()));
	}

}
