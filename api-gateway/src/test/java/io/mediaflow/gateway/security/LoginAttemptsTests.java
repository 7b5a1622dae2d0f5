package io.mediaflow.gateway.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginAttemptsTests {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	private final LoginAttempts attempts = new LoginAttempts(new LoginLimitProperties(3, 5, Duration.ofMinutes(5)));

	@Test
	void pausesOneClientForOneAccountAfterItsFailures() {
		fail("email:ann@example.com", "10.0.0.1", 3);

		assertThat(this.attempts.pause("email:ann@example.com", "10.0.0.1", START.plusSeconds(60)))
			.contains(Duration.ofMinutes(4));
		assertThat(this.attempts.pause("email:ann@example.com", "10.0.0.2", START.plusSeconds(60))).isEmpty();
		assertThat(this.attempts.pause("email:bob@example.com", "10.0.0.1", START.plusSeconds(60))).isEmpty();
	}

	@Test
	void pausesEveryClientOnceAnAccountReachesItsCeiling() {
		fail("email:ann@example.com", "10.0.0.1", 3);
		fail("email:ann@example.com", "10.0.0.2", 2);

		assertThat(this.attempts.pause("email:ann@example.com", "10.0.0.9", START.plusSeconds(1))).isPresent();
		assertThat(this.attempts.pause("email:bob@example.com", "10.0.0.9", START.plusSeconds(1))).isEmpty();
	}

	@Test
	void opensAgainWhenTheWindowHasPassed() {
		fail("user_name:ann", "10.0.0.1", 5);

		assertThat(this.attempts.pause("user_name:ann", "10.0.0.1", START.plus(Duration.ofMinutes(5)))).isEmpty();
	}

	@Test
	void aSuccessfulLoginClearsTheClientsOwnCount() {
		fail("user_name:ann", "10.0.0.1", 2);
		this.attempts.succeeded("user_name:ann", "10.0.0.1");
		fail("user_name:ann", "10.0.0.1", 2);

		assertThat(this.attempts.pause("user_name:ann", "10.0.0.1", START)).isEmpty();
	}

	private void fail(String account, String client, int times) {
		for (int i = 0; i < times; i++) {
			this.attempts.failed(account, client, START);
		}
	}

}
