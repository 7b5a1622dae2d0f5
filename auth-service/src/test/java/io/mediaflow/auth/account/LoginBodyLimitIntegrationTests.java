package io.mediaflow.auth.account;

import io.mediaflow.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "spring.config.name=auth-service",
		"mediaflow.jwt.secret=auth-service-tests-secret-0123456789abcdef" })
@AutoConfigureMockMvc
class LoginBodyLimitIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerPostgres(registry);
	}

	@Autowired
	MockMvcTester mvc;

	@Test
	void refusesALoginBodyOverSixteenKilobytes() {
		String padded = "{\"email\":\"ann@example.com\"," + " ".repeat(LoginBodyLimitFilter.MAX_BODY_BYTES)
				+ "\"password\":\"correct horse\"}";

		for (String path : new String[] { "/login", "/auth" }) {
			assertThat(this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(padded).exchange())
				.hasStatus(HttpStatus.CONTENT_TOO_LARGE)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void readsALoginBodyUnderTheLimitAsBefore() {
		assertThat(this.mvc.post()
			.uri("/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"nobody@example.com\",\"password\":\"wrong password\"}")
			.exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
	}

}
