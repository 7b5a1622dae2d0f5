package io.mediaflow.gateway.security;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials as multipart form fields: found before the first file and turned into
 * headers, with the body passed on byte for byte; refused with 401 when they are not
 * there.
 */
class MultipartCredentialsFilterTests {

	private static final String BOUNDARY = "b0undary";

	private final MultipartCredentialsFilter filter = new MultipartCredentialsFilter();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private final AtomicReference<HttpServletRequest> passedOn = new AtomicReference<>();

	private final AtomicReference<byte[]> passedBody = new AtomicReference<>();

	@Test
	void fieldsBeforeTheFirstFileBecomeHeadersAndTheBodyIsPassedOnWhole() throws Exception {
		String body = field("user_id", "u-1") + field("access_token", "t-1") + file("a.png", "PNGDATA") + end();

		filter(multipart(body));

		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThat(this.passedOn.get().getHeader(AccessTokenPair.USER_ID_HEADER)).isEqualTo("u-1");
		assertThat(this.passedOn.get().getHeader("x-access-token")).isEqualTo("t-1");
		assertThat(new String(this.passedBody.get(), StandardCharsets.ISO_8859_1)).isEqualTo(body);
	}

	@Test
	void fieldsAfterTheFileAreTooLateAndTheUploadIsUnauthorized() throws Exception {
		filter(multipart(file("a.png", "PNGDATA") + field("user_id", "u-1") + field("access_token", "t-1") + end()));

		assertUnauthorized();
	}

	@Test
	void anUploadWithOnlyTheUserIdIsUnauthorized() throws Exception {
		filter(multipart(field("user_id", "u-1") + file("a.png", "PNGDATA") + end()));

		assertUnauthorized();
	}

	@Test
	void aMultipartRequestWithoutABoundaryIsUnauthorized() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/upload");
		request.setContentType(MediaType.MULTIPART_FORM_DATA_VALUE);
		request.setContent(new byte[] { 1, 2, 3 });

		filter(request);

		assertUnauthorized();
	}

	@Test
	void credentialsElsewhereLeaveTheRequestUntouched() throws Exception {
		MockHttpServletRequest bearer = multipart(file("a.png", "PNGDATA") + end());
		bearer.addHeader(HttpHeaders.AUTHORIZATION, "Bearer x");
		filter(bearer);
		assertThat(this.passedOn.get()).isSameAs(bearer);

		MockHttpServletRequest query = multipart(file("a.png", "PNGDATA") + end());
		query.setQueryString("user_id=u-1&access_token=t-1");
		filter(query);
		assertThat(this.passedOn.get()).isSameAs(query);
	}

	private void assertUnauthorized() throws Exception {
		assertThat(this.response.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED.value());
		assertThat(this.response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(this.response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
		assertThat(this.response.getContentAsString()).contains("form fields before the first file");
		assertThat(this.passedOn.get()).isNull();
	}

	private void filter(MockHttpServletRequest request) throws Exception {
		this.filter.doFilter(request, this.response, (req, res) -> {
			this.passedOn.set((HttpServletRequest) req);
			this.passedBody.set(req.getInputStream().readAllBytes());
		});
	}

	private static MockHttpServletRequest multipart(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/upload");
		request.setContentType(MediaType.MULTIPART_FORM_DATA_VALUE + "; boundary=" + BOUNDARY);
		request.setContent(body.getBytes(StandardCharsets.ISO_8859_1));
		return request;
	}

	private static String field(String name, String value) {
		return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	private static String file(String name, String content) {
		return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
				+ "\"\r\nContent-Type: image/png\r\n\r\n" + content + "\r\n";
	}

	private static String end() {
		return "--" + BOUNDARY + "--\r\n";
	}

}
