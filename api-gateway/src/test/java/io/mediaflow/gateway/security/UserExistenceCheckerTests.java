package io.mediaflow.gateway.security;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

/**
 * The tokens of a deleted account stop working: auth-service is asked whether the user
 * exists, a yes is remembered, and while auth-service cannot be asked a valid token
 * passes.
 */
class UserExistenceCheckerTests {

	private final RestClient.Builder builder = RestClient.builder().baseUrl("http://auth-service");

	private final MockRestServiceServer authService = MockRestServiceServer.bindTo(this.builder).build();

	private final AtomicLong nanos = new AtomicLong();

	private final UserExistenceChecker checker = new UserExistenceChecker(this.builder.build(),
			new CredentialsProperties(Duration.ofMinutes(1), 100, Duration.ofMinutes(2)), this.nanos::get);

	private final UUID userId = UUID.randomUUID();

	@Test
	void anExistingUserIsAskedAboutOnceAndThenRemembered() {
		this.authService.expect(ExpectedCount.once(), requestTo("http://auth-service/internal/users/" + this.userId))
			.andRespond(withStatus(HttpStatus.NO_CONTENT));

		assertThat(this.checker.exists(this.userId)).isTrue();
		assertThat(this.checker.exists(this.userId)).isTrue();
		this.authService.verify();
	}

	@Test
	void anExistingUserIsAskedAboutAgainOnceTheAnswerHasExpired() {
		this.authService.expect(ExpectedCount.twice(), requestTo("http://auth-service/internal/users/" + this.userId))
			.andRespond(withStatus(HttpStatus.NO_CONTENT));

		assertThat(this.checker.exists(this.userId)).isTrue();
		this.nanos.addAndGet(Duration.ofSeconds(61).toNanos());
		assertThat(this.checker.exists(this.userId)).isTrue();
		this.authService.verify();
	}

	@Test
	void aDeletedUserIsGoneAndAskedAboutAgain() {
		this.authService.expect(ExpectedCount.twice(), requestTo("http://auth-service/internal/users/" + this.userId))
			.andRespond(withStatus(HttpStatus.NOT_FOUND));

		assertThat(this.checker.exists(this.userId)).isFalse();
		assertThat(this.checker.exists(this.userId)).isFalse();
		this.authService.verify();
	}

	@Test
	void whileAuthServiceCannotBeReachedAValidTokenPasses() {
		this.authService.expect(requestTo("http://auth-service/internal/users/" + this.userId))
			.andRespond(withException(new IOException("Connection refused")));

		assertThat(this.checker.exists(this.userId)).isTrue();
	}

}
