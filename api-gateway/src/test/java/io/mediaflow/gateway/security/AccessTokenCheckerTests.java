package io.mediaflow.gateway.security;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.mediaflow.common.security.AuthenticatedUser;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * The gateway asks auth-service about a (user id, access token) pair once per burst:
 * confirmed pairs are remembered, refusals are not. auth-service's HTTP answers are
 * played by {@link MockRestServiceServer}.
 */
class AccessTokenCheckerTests {

	private final RestClient.Builder builder = RestClient.builder().baseUrl("http://auth-service");

	private final MockRestServiceServer authService = MockRestServiceServer.bindTo(this.builder).build();

	private final AtomicLong nanos = new AtomicLong();

	private final AccessTokenChecker checker = new AccessTokenChecker(this.builder.build(),
			new CredentialsProperties(Duration.ofMinutes(1), 100, Duration.ofMinutes(2)), this.nanos::get);

	private final UUID userId = UUID.randomUUID();

	@Test
	void aConfirmedPairIsAskedOnceAndThenRemembered() {
		this.authService.expect(ExpectedCount.once(), requestTo("http://auth-service/internal/access-tokens/check"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(content().json("{\"user_id\": \"%s\", \"access_token\": \"t-1\"}".formatted(this.userId)))
			.andRespond(withSuccess("{\"user_id\": \"%s\", \"name\": \"Ann\"}".formatted(this.userId),
					MediaType.APPLICATION_JSON));
		AccessTokenPair pair = new AccessTokenPair(this.userId.toString(), "t-1");

		assertThat(this.checker.check(pair)).contains(new AuthenticatedUser(this.userId, "Ann"));
		assertThat(this.checker.check(pair)).contains(new AuthenticatedUser(this.userId, "Ann"));
		this.authService.verify();
	}

	@Test
	void aConfirmedPairIsAskedAgainOnceItsTimeToLiveHasPassed() {
		this.authService.expect(ExpectedCount.twice(), requestTo("http://auth-service/internal/access-tokens/check"))
			.andRespond(withSuccess("{\"user_id\": \"%s\", \"name\": \"Ann\"}".formatted(this.userId),
					MediaType.APPLICATION_JSON));
		AccessTokenPair pair = new AccessTokenPair(this.userId.toString(), "t-1");

		assertThat(this.checker.check(pair)).isPresent();
		this.nanos.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThat(this.checker.check(pair)).isPresent();
		this.nanos.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(this.checker.check(pair)).isPresent();
		this.authService.verify();
	}

	@Test
	void aRefusedPairIsNotRememberedSoItIsAskedAgain() {
		this.authService.expect(ExpectedCount.twice(), requestTo("http://auth-service/internal/access-tokens/check"))
			.andRespond(withStatus(HttpStatus.UNAUTHORIZED));
		AccessTokenPair pair = new AccessTokenPair(this.userId.toString(), "wrong");

		assertThat(this.checker.check(pair)).isEmpty();
		assertThat(this.checker.check(pair)).isEmpty();
		this.authService.verify();
	}

	@Test
	void anotherTokenOfTheSameUserIsCheckedOnItsOwn() {
		this.authService.expect(requestTo("http://auth-service/internal/access-tokens/check"))
			.andRespond(withSuccess("{\"user_id\": \"%s\", \"name\": \"Ann\"}".formatted(this.userId),
					MediaType.APPLICATION_JSON));
		this.authService.expect(requestTo("http://auth-service/internal/access-tokens/check"))
			.andRespond(withStatus(HttpStatus.UNAUTHORIZED));

		assertThat(this.checker.check(new AccessTokenPair(this.userId.toString(), "t-1"))).isPresent();
		assertThat(this.checker.check(new AccessTokenPair(this.userId.toString(), "t-2"))).isEmpty();
		this.authService.verify();
	}

	@Test
	void anAuthServiceFailureIsNotMistakenForAWrongToken() {
		this.authService.expect(requestTo("http://auth-service/internal/access-tokens/check"))
			.andRespond(withStatus(HttpStatus.INTERNAL_SERVER_ERROR));

		assertThatExceptionOfType(RestClientException.class)
			.isThrownBy(() -> this.checker.check(new AccessTokenPair(this.userId.toString(), "t-1")));
	}

}
