package io.mediaflow.auth.token;

import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.security.ServiceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Name-only users: creating one, and the gateway's internal check of a (user id, access
 * token) pair.
 */
@WebMvcTest(controllers = AccessTokenController.class, properties = { "spring.config.name=auth-service",
		"mediaflow.jwt.secret=auth-service-slice-tests-secret-0123456789" })
class AccessTokenControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AccessTokenService tokens;

	@MockitoBean
	ServiceTokens serviceTokens;

	private final UUID userId = UUID.randomUUID();

	@Test
	void createsANameOnlyUserAndShowsItsAccessTokenInSnakeCase() {
		given(this.tokens.createUser("Ann Lee")).willReturn(new NameUserCreated(this.userId, "Ann Lee", "token-1"));

		MvcTestResult result = postJson("/users", "{\"name\": \"Ann Lee\"}");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.user_id").isEqualTo(this.userId.toString());
		assertThat(result).bodyJson().extractingPath("$.access_token").isEqualTo("token-1");
	}

	@Test
	void refusesANameWithOtherCharactersAndNamesTheField() {
		MvcTestResult result = postJson("/users", "{\"name\": \"<script>\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors.name").asString().startsWith("must start with a letter");
		verifyNoInteractions(this.tokens);
	}

	@Test
	void refusesABlankName() {
		assertThat(postJson("/users", "{\"name\": \"\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Some fields are missing or invalid: name");
	}

	@Test
	void aTakenNameIsAConflict() {
		ProblemDetail taken = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A user with this name exists");
		given(this.tokens.createUser("Ann")).willThrow(new ErrorResponseException(HttpStatus.CONFLICT, taken, null));

		assertThat(postJson("/users", "{\"name\": \"Ann\"}")).hasStatus(HttpStatus.CONFLICT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void internalCheckAnswersTheUserOfAValidPair() {
		given(this.tokens.check(this.userId.toString(), "token-1"))
			.willReturn(Optional.of(new TokenCheckResult(this.userId, "Ann")));

		MvcTestResult result = postInternal(
				"{\"user_id\": \"%s\", \"access_token\": \"token-1\"}".formatted(this.userId));

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.user_id").isEqualTo(this.userId.toString());
		assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("Ann");
	}

	@Test
	void internalCheckOfAWrongPairIsUnauthorized() {
		given(this.tokens.check(this.userId.toString(), "wrong")).willReturn(Optional.empty());

		MvcTestResult result = postInternal(
				"{\"user_id\": \"%s\", \"access_token\": \"wrong\"}".formatted(this.userId));

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Invalid credentials");
	}

	@Test
	void internalCheckNamesMissingFieldsInSnakeCase() {
		MvcTestResult result = postInternal("{\"user_id\": \"%s\"}".formatted(this.userId));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors.access_token").asString().isNotBlank();
	}

	@Test
	void internalCheckNeedsAServiceToken() {
		MvcTestResult result = this.mvc.post()
			.uri("/internal/access-tokens/check")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"user_id\": \"%s\", \"access_token\": \"token-1\"}".formatted(this.userId))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(this.tokens);
	}

	private MvcTestResult postJson(String path, String json) {
		return this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private MvcTestResult postInternal(String json) {
		return this.mvc.post()
			.uri("/internal/access-tokens/check")
			.header(HttpHeaders.AUTHORIZATION, "Bearer service.jwt")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
