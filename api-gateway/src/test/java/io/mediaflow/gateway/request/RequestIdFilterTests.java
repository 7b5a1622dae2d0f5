package io.mediaflow.gateway.request;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer carries an {@code X-Request-Id}: the client's own when well-formed, a
 * fresh UUID otherwise.
 */
class RequestIdFilterTests {

	private final RequestIdFilter filter = new RequestIdFilter();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void aWellFormedIdOfTheClientIsKeptEchoedAndLoggedWhileTheRequestRuns() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/status/x");
		request.addHeader(RequestIds.HEADER, "client-42.retry:1");
		AtomicReference<String> logged = new AtomicReference<>();

		this.filter.doFilter(request, this.response, (req, res) -> logged.set(MDC.get("requestId")));

		assertThat(this.response.getHeader(RequestIds.HEADER)).isEqualTo("client-42.retry:1");
		assertThat(request.getAttribute(RequestIds.ATTRIBUTE)).isEqualTo("client-42.retry:1");
		assertThat(logged.get()).isEqualTo("client-42.retry:1");
		assertThat(MDC.get("requestId")).isNull();
	}

	@Test
	void anIdThatCouldForgeLogLinesIsReplaced() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/status/x");
		request.addHeader(RequestIds.HEADER, "evil\nINFO forged line");

		this.filter.doFilter(request, this.response, noop());

		assertThat(this.response.getHeader(RequestIds.HEADER)).matches("[0-9a-f-]{36}");
	}

	@Test
	void anOverlongIdIsReplacedAndAMissingOneCreated() throws Exception {
		MockHttpServletRequest overlong = new MockHttpServletRequest("GET", "/");
		overlong.addHeader(RequestIds.HEADER, "a".repeat(65));
		this.filter.doFilter(overlong, this.response, noop());
		assertThat(this.response.getHeader(RequestIds.HEADER)).matches("[0-9a-f-]{36}");

		MockHttpServletResponse second = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/"), second, noop());
		assertThat(second.getHeader(RequestIds.HEADER)).matches("[0-9a-f-]{36}")
			.isNotEqualTo(this.response.getHeader(RequestIds.HEADER));
	}

	private static FilterChain noop() {
		return (request, response) -> {
		};
	}

}
