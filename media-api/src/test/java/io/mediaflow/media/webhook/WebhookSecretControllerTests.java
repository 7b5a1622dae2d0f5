package io.mediaflow.media.webhook;

import java.util.UUID;

import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.media.BearerTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * {@code GET|POST /users/me/webhook-secret} as a client sees it, without a database.
 */
@WebMvcTest(controllers = WebhookSecretController.class, properties = { "spring.config.name=media-api",
		"mediaflow.jwt.secret=media-api-slice-tests-secret-0123456789abc" })
class WebhookSecretControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtProperties jwt;

	@MockitoBean
	WebhookSecrets secrets;

	private final UUID userId = UUID.randomUUID();

	@Test
	void readsTheCallersSecretUncached() {
		given(this.secrets.of(this.userId)).willReturn("whsec_current");

		MvcTestResult result = this.mvc.get()
			.uri("/users/me/webhook-secret")
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, this.userId))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.OK).hasHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		assertThat(result).bodyJson().extractingPath("$.secret").isEqualTo("whsec_current");
	}

	@Test
	void replacesTheCallersSecret() {
		given(this.secrets.replace(this.userId)).willReturn("whsec_new");

		MvcTestResult result = this.mvc.post()
			.uri("/users/me/webhook-secret")
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, this.userId))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.secret").isEqualTo("whsec_new");
	}

	@Test
	void withoutCredentialsItIsUnauthorized() {
		MvcTestResult result = this.mvc.get().uri("/users/me/webhook-secret").exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
		verifyNoInteractions(this.secrets);
	}

}
