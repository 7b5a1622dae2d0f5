package io.mediaflow.media.system;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's request id reaches media-api's log lines; an id that could forge a log
 * line does not.
 */
class RequestIdLoggingFilterTests {

	private final AtomicReference<String> logged = new AtomicReference<>("unset");

	@Test
	void aWellFormedIdIsInTheLoggingContextWhileTheRequestRunsOnly() throws Exception {
		run("gw-7f3a.1:2");

		assertThat(this.logged.get()).isEqualTo("gw-7f3a.1:2");
		assertThat(MDC.get("requestId")).isNull();
	}

	@Test
	void anIdWithALineBreakOrOver64CharactersIsLeftOut() throws Exception {
		run("x\nERROR forged");
		assertThat(this.logged.get()).isNull();

		run("a".repeat(65));
		assertThat(this.logged.get()).isNull();
	}

	private void run(String id) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/status/x");
		request.addHeader("X-Request-Id", id);
		new RequestIdLoggingFilter().doFilter(request, new MockHttpServletResponse(),
				(req, res) -> this.logged.set(MDC.get("requestId")));
	}

}
