package io.mediaflow.gateway.request;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code X-Content-Type-Options: nosniff} on every answer, exactly once.
 */
class NoSniffFilterTests {

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void everyAnswerSaysNoSniff() throws Exception {
		new NoSniffFilter().doFilter(new MockHttpServletRequest("GET", "/"), this.response, (req, res) -> {
		});

		assertThat(this.response.getHeaders(NoSniffFilter.HEADER)).containsExactly("nosniff");
	}

	@Test
	void aServiceBehindThatSendsItTooDoesNotDoubleIt() throws Exception {
		new NoSniffFilter().doFilter(new MockHttpServletRequest("GET", "/task/x"), this.response,
				(req, res) -> ((HttpServletResponse) res).addHeader("x-content-type-options", "nosniff"));

		assertThat(this.response.getHeaders(NoSniffFilter.HEADER)).containsExactly("nosniff");
	}

}
