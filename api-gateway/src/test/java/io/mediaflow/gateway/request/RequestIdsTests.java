package io.mediaflow.gateway.request;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The id the service behind a route receives is the one the client got back.
 */
class RequestIdsTests {

	@Test
	void theRouteForwardsTheIdTheFilterGaveTheRequest() {
		MockHttpServletRequest servlet = new MockHttpServletRequest("GET", "/status/x");
		servlet.addHeader(RequestIds.HEADER, "client-id");
		servlet.setAttribute(RequestIds.ATTRIBUTE, "id-given-by-the-filter");

		ServerRequest forwarded = RequestIds.forward().apply(ServerRequest.create(servlet, List.of()));

		assertThat(forwarded.headers().header(RequestIds.HEADER)).containsExactly("id-given-by-the-filter");
	}

	@Test
	void withoutTheFilterAWellFormedClientIdIsKeptAndAMalformedOneReplaced() {
		MockHttpServletRequest wellFormed = new MockHttpServletRequest("GET", "/");
		wellFormed.addHeader(RequestIds.HEADER, "abc-123");
		MockHttpServletRequest malformed = new MockHttpServletRequest("GET", "/");
		malformed.addHeader(RequestIds.HEADER, "a b");

		assertThat(RequestIds.forward()
			.apply(ServerRequest.create(wellFormed, List.of()))
			.headers()
			.firstHeader(RequestIds.HEADER)).isEqualTo("abc-123");
		assertThat(RequestIds.forward()
			.apply(ServerRequest.create(malformed, List.of()))
			.headers()
			.firstHeader(RequestIds.HEADER)).matches("[0-9a-f-]{36}");
	}

}
