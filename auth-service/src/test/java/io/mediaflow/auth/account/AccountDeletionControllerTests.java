package io.mediaflow.auth.account;

import java.util.UUID;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.common.security.InvalidTokenException;
import io.mediaflow.common.security.JwtVerifier;
import io.mediaflow.common.security.ServiceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Deleting one's own account, and the internal existence check behind a service token.
 */
@WebMvcTest(controllers = AccountDeletionController.class, properties = { "spring.config.name=auth-service",
		"mediaflow.jwt.secret=auth-service-slice-tests-secret-0123456789" })
class AccountDeletionControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	UserRepository users;

	@MockitoBean
	JwtVerifier verifier;

	@MockitoBean
	ServiceTokens serviceTokens;

	private final UUID userId = UUID.randomUUID();

	@Test
	void deletesTheUserOfTheBearerToken() {
		given(this.verifier.verify("user.jwt")).willReturn(new AuthenticatedUser(this.userId, "ann"));
		given(this.users.existsById(this.userId)).willReturn(true);

		assertThat(this.mvc.delete().uri("/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer user.jwt"))
			.hasStatus(HttpStatus.NO_CONTENT);
		then(this.users).should().deleteById(this.userId);
	}

	@Test
	void deletionWithoutATokenIsUnauthorized() {
		MvcTestResult result = this.mvc.delete().uri("/users/me").exchange();

		assertUnauthorized(result, "Send Authorization: Bearer <access token>");
		verifyNoInteractions(this.users);
	}

	@Test
	void deletionWithAnInvalidTokenIsUnauthorizedWithTheReason() {
		given(this.verifier.verify("forged.jwt")).willThrow(new InvalidTokenException("The token signature is wrong"));

		MvcTestResult result = this.mvc.delete()
			.uri("/users/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer forged.jwt")
			.exchange();

		assertUnauthorized(result, "The token signature is wrong");
		verifyNoInteractions(this.users);
	}

	@Test
	void deletingAnAccountThatIsAlreadyGoneIsUnauthorized() {
		given(this.verifier.verify("user.jwt")).willReturn(new AuthenticatedUser(this.userId, "ann"));

		MvcTestResult result = this.mvc.delete()
			.uri("/users/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer user.jwt")
			.exchange();

		assertUnauthorized(result, "The account no longer exists");
		then(this.users).should(never()).deleteById(this.userId);
	}

	@Test
	void internalExistenceCheckAnswersNoContentOrNotFound() {
		given(this.users.existsById(this.userId)).willReturn(true);

		assertThat(this.mvc.get()
			.uri("/internal/users/{id}", this.userId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer service.jwt")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get()
			.uri("/internal/users/{id}", UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, "Bearer service.jwt")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void internalRoutesRefuseRequestsWithoutAValidServiceToken() {
		given(this.serviceTokens.verify("user.jwt")).willThrow(new InvalidTokenException("Not a service token"));

		assertUnauthorized(this.mvc.get().uri("/internal/users/{id}", this.userId).exchange(),
				"Internal routes need a service token");
		assertUnauthorized(this.mvc.get()
			.uri("/internal/users/{id}", this.userId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer user.jwt")
			.exchange(), "Not a service token");
		verifyNoInteractions(this.users);
	}

	private static void assertUnauthorized(MvcTestResult result, String detail) {
		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Unauthorized");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo(detail);
	}

}
