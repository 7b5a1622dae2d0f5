package io.mediaflow.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.common.security.JwtIssuer;
import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.common.security.JwtVerifier;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.EntityResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * What a media route's caller gets from the gateway's credential check, and what the
 * service behind it receives.
 */
class CredentialsFilterTests {

	private final JwtProperties jwt = new JwtProperties("gateway-credentials-tests-secret-0123456789", "mediaflow",
			"mediaflow-api", Duration.ofHours(1), Duration.ofSeconds(5));

	private final JwtIssuer issuer = new JwtIssuer(this.jwt, Clock.systemUTC());

	private final JwtVerifier verifier = new JwtVerifier(this.jwt, Clock.systemUTC());

	private final AccessTokenChecker accessTokens = mock(AccessTokenChecker.class);

	private final UserExistenceChecker users = mock(UserExistenceChecker.class);

	private final CredentialsFilter filter = new CredentialsFilter(this.verifier, this.issuer, this.accessTokens,
			this.users, new CredentialsProperties(Duration.ofSeconds(30), 100, Duration.ofMinutes(2)));

	private final AtomicReference<ServerRequest> forwarded = new AtomicReference<>();

	private final UUID userId = UUID.randomUUID();

	@Test
	void aValidBearerTokenOfAnExistingUserIsPassedOn() throws Exception {
		given(this.users.exists(this.userId)).willReturn(true);
		String bearer = "Bearer " + token(this.userId);
		MockHttpServletRequest request = media();
		request.addHeader(HttpHeaders.AUTHORIZATION, bearer);

		ServerResponse response = filter(request);

		assertThat(response.statusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.forwarded.get().headers().firstHeader(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer);
	}

	@Test
	void noCredentialsAtAllIsUnauthorizedAndSaysWhatToSend() throws Exception {
		ServerResponse response = filter(media());

		assertUnauthorized(response);
		assertThat(problem(response).getDetail()).startsWith("Credentials are required");
		assertThat(this.forwarded.get()).isNull();
	}

	@Test
	void aForgedBearerTokenIsUnauthorized() throws Exception {
		JwtProperties other = new JwtProperties("another-secret-that-signs-other-tokens-0123", "mediaflow",
				"mediaflow-api", Duration.ofHours(1), Duration.ofSeconds(5));
		MockHttpServletRequest request = media();
		request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer "
				+ new JwtIssuer(other, Clock.systemUTC()).issue(new AuthenticatedUser(this.userId, "ann")).value());

		assertUnauthorized(filter(request));
		assertThat(this.forwarded.get()).isNull();
	}

	@Test
	void theTokenOfADeletedAccountIsUnauthorized() throws Exception {
		MockHttpServletRequest request = media();
		request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token(this.userId));

		ServerResponse response = filter(request);

		assertUnauthorized(response);
		assertThat(problem(response).getDetail()).isEqualTo("The account of this token no longer exists");
	}

	@Test
	void aValidAccessTokenPairIsReplacedByAJwtForItsUser() throws Exception {
		given(this.accessTokens.check(any())).willReturn(Optional.of(new AuthenticatedUser(this.userId, "ann")));
		MockHttpServletRequest request = media();
		request.addHeader(AccessTokenPair.USER_ID_HEADER, this.userId.toString());
		request.addHeader(AccessTokenPair.ACCESS_TOKEN_HEADER, "secret-access-token");

		ServerResponse response = filter(request);

		assertThat(response.statusCode()).isEqualTo(HttpStatus.OK);
		HttpHeaders headers = this.forwarded.get().headers().asHttpHeaders();
		assertThat(headers.get(AccessTokenPair.ACCESS_TOKEN_HEADER)).isNull();
		String jwt = JwtVerifier.bearerToken(headers.getFirst(HttpHeaders.AUTHORIZATION)).orElseThrow();
		assertThat(this.verifier.verify(jwt).userId()).isEqualTo(this.userId);
	}

	@Test
	void aPairInTheQueryIsCheckedToo() throws Exception {
		given(this.accessTokens.check(new AccessTokenPair(this.userId.toString(), "wrong")))
			.willReturn(Optional.empty());
		MockHttpServletRequest request = media();
		request.setParameter("user_id", " " + this.userId + " ");
		request.setParameter("access_token", "wrong");

		ServerResponse response = filter(request);

		assertUnauthorized(response);
		assertThat(problem(response).getDetail()).isEqualTo("The user id or access token is wrong");
	}

	@Test
	void whenAuthServiceCannotBeAskedThePairGetsServiceUnavailable() throws Exception {
		given(this.accessTokens.check(any())).willThrow(new ResourceAccessException("Connection refused"));
		MockHttpServletRequest request = media();
		request.setParameter("user_id", this.userId.toString());
		request.setParameter("access_token", "token");

		ServerResponse response = filter(request);

		assertThat(response.statusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(response.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
		assertThat(response.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(problem(response).getDetail()).doesNotContain("Connection refused");
	}

	private String token(UUID user) {
		return this.issuer.issue(new AuthenticatedUser(user, "ann")).value();
	}

	private static MockHttpServletRequest media() {
		return new MockHttpServletRequest("GET", "/status/" + UUID.randomUUID());
	}

	private ServerResponse filter(MockHttpServletRequest request) throws Exception {
		return this.filter.filter(ServerRequest.create(request, List.of()), (forwarded) -> {
			this.forwarded.set(forwarded);
			return ServerResponse.ok().build();
		});
	}

	private static void assertUnauthorized(ServerResponse response) {
		assertThat(response.statusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
		assertThat(problem(response).getTitle()).isEqualTo("Unauthorized");
	}

	private static ProblemDetail problem(ServerResponse response) {
		return (ProblemDetail) ((EntityResponse<?>) response).entity();
	}

}
