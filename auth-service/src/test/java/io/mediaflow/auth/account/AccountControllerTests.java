package io.mediaflow.auth.account;

import java.time.Duration;
import java.time.Instant;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.common.security.IssuedToken;
import io.mediaflow.common.security.JwtIssuer;
import io.mediaflow.common.security.ServiceTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The web layer of registration and login: the wire names, the statuses and the problem
 * bodies a client sees.
 */
@WebMvcTest(controllers = AccountController.class, properties = { "spring.config.name=auth-service",
		"mediaflow.jwt.secret=auth-service-slice-tests-secret-0123456789" })
class AccountControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AccountService accounts;

	@MockitoBean
	JwtIssuer jwtIssuer;

	@MockitoBean
	ServiceTokens serviceTokens;

	private final User ann = new User("ann@example.com", null, "$2a$hash", "Ann", "Lee");

	@BeforeEach
	void issueTokens() {
		given(this.jwtIssuer.issue(any(AuthenticatedUser.class)))
			.willReturn(new IssuedToken("signed.jwt.value", Instant.now().plusSeconds(3600)));
		given(this.jwtIssuer.ttl()).willReturn(Duration.ofHours(1));
	}

	@Test
	void registrationAnswersCreatedWithABearerTokenInSnakeCase() {
		given(this.accounts.register(any())).willReturn(this.ann);

		MvcTestResult result = post("/registration", """
				{"email": "ann@example.com", "password": "correct horse battery", "first_name": "Ann"}
				""");

		assertThat(result).hasStatus(HttpStatus.CREATED).hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.user_id").isEqualTo(this.ann.getId().toString());
		assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("ann@example.com");
		assertThat(result).bodyJson().extractingPath("$.access_token").isEqualTo("signed.jwt.value");
		assertThat(result).bodyJson().extractingPath("$.token_type").isEqualTo("Bearer");
		assertThat(result).bodyJson().extractingPath("$.expires_in").isEqualTo(3600);
	}

	@Test
	void registrationWithInvalidFieldsNamesEachFieldInSnakeCase() {
		MvcTestResult result = post("/registration", """
				{"user_name": "a b", "password": "short"}
				""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Invalid request");
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://mediaflow.io/problems/invalid-request");
		assertThat(result).bodyJson().extractingPath("$.errors.user_name").asString().isNotBlank();
		assertThat(result).bodyJson().extractingPath("$.errors.password").isEqualTo("must be 8 to 128 characters long");
		verifyNoInteractions(this.accounts);
	}

	@Test
	void registrationWithoutEmailOrUserNameSaysOneIsRequired() {
		MvcTestResult result = post("/registration", "{\"password\": \"correct horse battery\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.errors.email_or_user_name")
			.isEqualTo("either email or user_name is required");
	}

	@Test
	void malformedJsonIsABadRequestProblem() {
		MvcTestResult result = post("/registration", "{\"email\": ");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
	}

	@Test
	void registrationOfATakenNameIsAConflict() {
		given(this.accounts.register(any())).willThrow(new AccountExistsException("e-mail"));

		MvcTestResult result = post("/registration", """
				{"email": "ann@example.com", "password": "correct horse battery"}
				""");

		assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("User already exists");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("A user with this e-mail already exists");
	}

	@Test
	void loginAndAuthAnswerTheSameToken() {
		given(this.accounts.authenticate(any())).willReturn(this.ann);

		for (String path : new String[] { "/login", "/auth" }) {
			MvcTestResult result = post(path, """
					{"email": "ann@example.com", "password": "correct horse battery"}
					""");

			assertThat(result).hasStatus(HttpStatus.OK);
			assertThat(result).bodyJson().extractingPath("$.access_token").isEqualTo("signed.jwt.value");
		}
	}

	@Test
	void loginWithAWrongPasswordIsUnauthorizedWithoutSayingWhichPartWasWrong() {
		given(this.accounts.authenticate(any())).willThrow(new InvalidCredentialsException());

		MvcTestResult result = post("/login", """
				{"user_name": "ann", "password": "wrong password"}
				""");

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Invalid credentials");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The user name, e-mail or password is wrong");
		assertThat(result.getResponse().getContentAsByteArray()).asString().doesNotContain("wrong password");
	}

	@Test
	void loginWithoutPasswordNamesTheField() {
		MvcTestResult result = post("/login", "{\"email\": \"ann@example.com\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors.password").asString().isNotBlank();
		verifyNoInteractions(this.accounts);
	}

	@Test
	void loginBodyOverSixteenKibibytesIsTooLarge() {
		String padding = "x".repeat(LoginBodyLimitFilter.MAX_BODY_BYTES);
		MvcTestResult result = post("/login", "{\"email\": \"ann@example.com\", \"password\": \"" + padding + "\"}");

		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("A login body is at most 16384 bytes");
		verifyNoInteractions(this.accounts);
	}

	private MvcTestResult post(String path, String json) {
		return this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

}
