package io.mediaflow.gateway.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's login limit as a client meets it: 429 with Retry-After after too many
 * wrong passwords for one account, 413 for an oversized body, and the body passed on
 * intact.
 */
class LoginRateLimitFilterTests {

	private final LoginRateLimitFilter filter = new LoginRateLimitFilter(
			new LoginLimitProperties(3, 100, Duration.ofMinutes(5)));

	@Test
	void afterTooManyWrongPasswordsTheAccountIsPausedForThatClient() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(login("{\"email\": \"Ann@Example.com\"}", "10.0.0.1", 401).getStatus()).isEqualTo(401);
		}

		MockHttpServletResponse paused = login("{\"email\": \" ann@example.com \"}", "10.0.0.1", 200);

		assertThat(paused.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.value());
		assertThat(paused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(Long.parseLong(paused.getHeader("Retry-After"))).isBetween(1L, 300L);
		assertThat(paused.getContentAsString()).contains("\"title\":\"Too many attempts\"");
		assertThat(login("{\"email\": \"ann@example.com\"}", "10.0.0.2", 200).getStatus()).isEqualTo(200);
		assertThat(login("{\"user_name\": \"bob\"}", "10.0.0.1", 200).getStatus()).isEqualTo(200);
	}

	@Test
	void aSuccessfulLoginClearsTheFailuresOfThatClient() throws Exception {
		login("{\"user_name\": \"bob\"}", "10.0.0.1", 401);
		login("{\"user_name\": \"bob\"}", "10.0.0.1", 401);
		login("{\"user_name\": \"bob\"}", "10.0.0.1", 200);
		login("{\"user_name\": \"bob\"}", "10.0.0.1", 401);
		login("{\"user_name\": \"bob\"}", "10.0.0.1", 401);

		assertThat(login("{\"user_name\": \"bob\"}", "10.0.0.1", 200).getStatus()).isEqualTo(200);
	}

	@Test
	void aFailureCountsBeforeTheAnswerReachesTheClient() throws Exception {
		for (int i = 0; i < 2; i++) {
			login("{\"user_name\": \"carol\"}", "10.0.0.1", 401);
		}
		AtomicReference<Integer> nextAttempt = new AtomicReference<>();

		this.filter.doFilter(request("{\"user_name\": \"carol\"}", "10.0.0.1"), new MockHttpServletResponse(),
				(req, res) -> {
					((HttpServletResponse) res).setStatus(401);
					nextAttempt.set(login("{\"user_name\": \"carol\"}", "10.0.0.1", 200).getStatus());
				});

		assertThat(nextAttempt.get()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	@Test
	void aBodyOverSixteenKibibytesIsTooLargeAndNotPassedOn() throws Exception {
		AtomicReference<String> passedOn = new AtomicReference<>();
		MockHttpServletRequest request = request("{\"password\": \"" + "x".repeat(16 * 1024) + "\"}", "10.0.0.1");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(request, response, (req, res) -> passedOn.set("passed"));

		assertThat(response.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE.value());
		assertThat(response.getContentAsString()).contains("A login body is at most 16384 bytes");
		assertThat(passedOn.get()).isNull();
	}

	@Test
	void theRouteReadsTheSameBodyTheLimitRead() throws Exception {
		String body = "{\"email\": \"ann@example.com\", \"password\": \"pw\"}";
		AtomicReference<String> passedOn = new AtomicReference<>();

		this.filter.doFilter(request(body, "10.0.0.1"), new MockHttpServletResponse(),
				(req, res) -> passedOn.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));

		assertThat(passedOn.get()).isEqualTo(body);
	}

	@Test
	void bodiesWithoutAnAccountAreCountedForTheClient() throws Exception {
		for (int i = 0; i < 3; i++) {
			login("not json", "10.0.0.9", 401);
		}

		assertThat(login("[]", "10.0.0.9", 200).getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	private MockHttpServletResponse login(String body, String client, int answer) throws IOException, ServletException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request(body, client), response,
				(req, res) -> ((HttpServletResponse) res).setStatus(answer));
		return response;
	}

	private static MockHttpServletRequest request(String body, String client) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setContentType(MediaType.APPLICATION_JSON_VALUE);
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		request.setRemoteAddr(client);
		return request;
	}

}
