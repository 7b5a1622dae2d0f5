package io.mediaflow.media.idempotency;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What counts as the same creating POST for an {@code Idempotency-Key}.
 */
class RequestFingerprintTests {

	@Test
	void theSameFilesAndFieldsMakeTheSameFingerprintWhateverTheCredentials() throws IOException {
		MockMultipartHttpServletRequest first = upload("a.png", new byte[] { 1, 2, 3 });
		first.addParameter("access_token", "one");
		MockMultipartHttpServletRequest second = upload("a.png", new byte[] { 1, 2, 3 });
		second.addParameter("access_token", "other");

		assertThat(RequestFingerprint.of(first, null)).isEqualTo(RequestFingerprint.of(second, null)).hasSize(64);
	}

	@Test
	void anotherFileNameContentFieldOrPathMakesAnotherFingerprint() throws IOException {
		String fingerprint = RequestFingerprint.of(upload("a.png", new byte[] { 1, 2, 3 }), null);

		assertThat(RequestFingerprint.of(upload("b.png", new byte[] { 1, 2, 3 }), null)).isNotEqualTo(fingerprint);
		assertThat(RequestFingerprint.of(upload("a.png", new byte[] { 1, 2, 4 }), null)).isNotEqualTo(fingerprint);
		MockMultipartHttpServletRequest withField = upload("a.png", new byte[] { 1, 2, 3 });
		withField.addParameter("notify_url", "https://example.com/hook");
		assertThat(RequestFingerprint.of(withField, null)).isNotEqualTo(fingerprint);
		MockMultipartHttpServletRequest otherPath = upload("a.png", new byte[] { 1, 2, 3 });
		otherPath.setRequestURI("/record");
		assertThat(RequestFingerprint.of(otherPath, null)).isNotEqualTo(fingerprint);
	}

	@Test
	void aPlainBodyCountsByItsDigest() throws IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/img");

		assertThat(RequestFingerprint.of(request, new byte[] { 1 }))
			.isEqualTo(RequestFingerprint.of(request, new byte[] { 1 }))
			.isNotEqualTo(RequestFingerprint.of(request, new byte[] { 2 }));
	}

	private static MockMultipartHttpServletRequest upload(String name, byte[] content) {
		MockMultipartHttpServletRequest request = new MockMultipartHttpServletRequest();
		request.setRequestURI("/upload");
		request.addFile(new MockMultipartFile("files", name, "image/png", content));
		return request;
	}

}
