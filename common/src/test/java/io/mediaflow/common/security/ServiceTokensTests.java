package io.mediaflow.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceTokensTests {

	private static final JwtProperties PROPERTIES = new JwtProperties("test-secret-that-is-long-enough-for-hs256",
			"mediaflow", "mediaflow-api", Duration.ofHours(1), Duration.ofSeconds(5));

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

	private final ServiceTokens tokens = new ServiceTokens(PROPERTIES, this.clock);

	@Test
	void namesTheCallingService() {
		assertThat(this.tokens.verify(this.tokens.issue("api-gateway"))).isEqualTo("api-gateway");
	}

	@Test
	void aUsersTokenIsNoServiceTokenAndAServiceTokenNoUsers() {
		String userToken = new JwtIssuer(PROPERTIES, this.clock).issue(new AuthenticatedUser(UUID.randomUUID(), "ann"))
			.value();
		String serviceToken = this.tokens.issue(UUID.randomUUID().toString());

		assertThatThrownBy(() -> this.tokens.verify(userToken)).isInstanceOf(InvalidTokenException.class);
		assertThatThrownBy(() -> new JwtVerifier(PROPERTIES, this.clock).verify(serviceToken))
			.isInstanceOf(InvalidTokenException.class);
	}

	@Test
	void refusesAnExpiredTokenOrOneSignedWithAnotherKey() {
		String old = new ServiceTokens(PROPERTIES, Clock.offset(this.clock, Duration.ofMinutes(-2))).issue("gateway");
		String otherKey = new ServiceTokens(new JwtProperties("another-secret-that-is-long-enough-hs256", "mediaflow",
				"mediaflow-api", Duration.ofHours(1), Duration.ofSeconds(5)), this.clock)
			.issue("gateway");

		assertThatThrownBy(() -> this.tokens.verify(old)).isInstanceOf(InvalidTokenException.class);
		assertThatThrownBy(() -> this.tokens.verify(otherKey)).isInstanceOf(InvalidTokenException.class);
	}

}
