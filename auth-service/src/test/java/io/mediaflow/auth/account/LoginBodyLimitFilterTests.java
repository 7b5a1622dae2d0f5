package io.mediaflow.auth.account;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A login body is read once, at most 16 KB of it: a larger one is refused with a 413
 * problem whether it says its length or not; a smaller one reaches the controller whole;
 * other requests pass untouched.
 */
class LoginBodyLimitFilterTests {

	private final LoginBodyLimitFilter filter = new LoginBodyLimitFilter();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void passesASmallLoginBodyOnWhole() throws Exception {
		String body = "{\"email\":\"ann@example.com\",\"password\":\"correct horse\"}";
		AtomicReference<String> seen = new AtomicReference<>();

		this.filter.doFilter(post("/login", body.getBytes(StandardCharsets.UTF_8), true), this.response, (request,
				response) -> seen.set(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));

		assertThat(seen.get()).isEqualTo(body);
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

	@Test
	void refusesALargeBodyThatSaysItsLengthWithoutReadingIt() throws Exception {
		MockHttpServletRequest request = post("/auth", new byte[LoginBodyLimitFilter.MAX_BODY_BYTES + 1], true);
		AtomicReference<Boolean> reached = new AtomicReference<>(false);

		this.filter.doFilter(request, this.response, (req, res) -> reached.set(true));

		assertThat(reached.get()).isFalse();
		assertRefused();
	}

	@Test
	void refusesALargeBodyOfUnknownLength() throws Exception {
		MockHttpServletRequest request = post("/login", new byte[LoginBodyLimitFilter.MAX_BODY_BYTES + 1], false);

		this.filter.doFilter(request, this.response, (req, res) -> {
			throw new AssertionError("reached the controller");
		});

		assertRefused();
	}

	@Test
	void acceptsABodyOfExactlyTheLimit() throws Exception {
		AtomicReference<Integer> length = new AtomicReference<>();

		this.filter.doFilter(post("/login", new byte[LoginBodyLimitFilter.MAX_BODY_BYTES], false), this.response,
				(request, response) -> length.set(request.getInputStream().readAllBytes().length));

		assertThat(length.get()).isEqualTo(LoginBodyLimitFilter.MAX_BODY_BYTES);
	}

	@Test
	void leavesOtherRequestsAlone() throws Exception {
		MockHttpServletRequest registration = post("/registration", new byte[LoginBodyLimitFilter.MAX_BODY_BYTES + 1],
				true);
		MockHttpServletRequest getLogin = new MockHttpServletRequest("GET", "/login");
		AtomicReference<Integer> passed = new AtomicReference<>(0);

		this.filter.doFilter(registration, this.response, (request, response) -> passed.set(passed.get() + 1));
		this.filter.doFilter(getLogin, this.response, (request, response) -> passed.set(passed.get() + 1));

		assertThat(passed.get()).isEqualTo(2);
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

	private void assertRefused() throws Exception {
		assertThat(this.response.getStatus()).isEqualTo(413);
		assertThat(this.response.getContentType()).isEqualTo("application/problem+json");
		assertThat(this.response.getContentAsString()).contains("\"status\":413")
			.contains("at most " + LoginBodyLimitFilter.MAX_BODY_BYTES + " bytes");
	}

	private static MockHttpServletRequest post(String path, byte[] body, boolean withLength) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {

			@Override
			public long getContentLengthLong() {
				return withLength ? body.length : -1;
			}

		};
		request.setContent(body);
		request.setContentType("application/json");
		return request;
	}

}
