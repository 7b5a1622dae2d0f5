package io.mediaflow.media.upload;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.platform.storage.StorageException;
import io.mediaflow.media.BearerTokens;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.multipart.MultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * {@code POST /upload}: which parts count as files, the 202 answer and its links, and
 * refusals as problems.
 */
@WebMvcTest(controllers = UploadController.class, properties = { "spring.config.name=media-api",
		"mediaflow.jwt.secret=media-api-slice-tests-secret-0123456789abc" })
class UploadControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtProperties jwt;

	@MockitoBean
	UploadService uploads;

	private final UUID userId = UUID.randomUUID();

	private final UUID taskId = UUID.randomUUID();

	@Test
	@SuppressWarnings("unchecked")
	void acceptsTheFilesOfEveryFilePartAndAnswersWhereToPoll() {
		given(this.uploads.accept(any(), any(), any(), any()))
			.willReturn(new AcceptedUpload(this.taskId, List.of(UUID.randomUUID(), UUID.randomUUID())));

		MvcTestResult result = upload(new MockMultipartFile("files", "a.png", "image/png", new byte[] { 1 }),
				new MockMultipartFile("images", "b.jpg", "image/jpeg", new byte[] { 2 }),
				new MockMultipartFile("notes", "c.txt", "text/plain", new byte[] { 3 }));

		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		assertThat(result).hasHeader(HttpHeaders.LOCATION, "http://localhost/status/" + this.taskId);
		assertThat(result).bodyJson().extractingPath("$.task_id").isEqualTo(this.taskId.toString());
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
		assertThat(result).bodyJson().extractingPath("$.files").isEqualTo(2);
		assertThat(result).bodyJson()
			.extractingPath("$.download_url")
			.isEqualTo("http://localhost/task/" + this.taskId);
		ArgumentCaptor<List<MultipartFile>> files = ArgumentCaptor.forClass(List.class);
		then(this.uploads).should().accept(any(), files.capture(), eq(new UploadPurpose.Augment()), any());
		assertThat(files.getValue()).extracting(MultipartFile::getOriginalFilename).containsExactly("a.png", "b.jpg");
	}

	@Test
	void aRefusedFileIsAProblemWithItsStatus() {
		given(this.uploads.accept(any(), any(), any(), any()))
			.willThrow(MediaRejectedException.unsupported("a.gif", "a JPEG, PNG or WAV"));

		MvcTestResult result = upload(new MockMultipartFile("file", "a.gif", "image/gif", new byte[] { 1 }));

		assertThat(result).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Unsupported file");
	}

	@Test
	void anUploadWithoutCredentialsIsUnauthorized() {
		MvcTestResult result = this.mvc.post()
			.uri("/upload")
			.multipart()
			.file(new MockMultipartFile("file", "a.png", "image/png", new byte[] { 1 }))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(this.uploads);
	}

	@Test
	void anInvalidTokenIsUnauthorized() {
		MvcTestResult result = this.mvc.post()
			.uri("/upload")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not.a.jwt")
			.multipart()
			.file(new MockMultipartFile("file", "a.png", "image/png", new byte[] { 1 }))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(this.uploads);
	}

	@Test
	void anUnreachableStoreIsServiceUnavailableWithRetryAfter() {
		given(this.uploads.accept(any(), any(), any(), any()))
			.willThrow(new StorageException("s3proxy:9000 refused", new IOException("Connection refused")));

		MvcTestResult result = upload(new MockMultipartFile("file", "a.png", "image/png", new byte[] { 1 }));

		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Retry-After", "5");
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Storage unavailable");
		assertThat(result.getResponse().getContentAsByteArray()).asString().doesNotContain("s3proxy");
	}

	@Test
	void anUnexpectedFailureIsAnInternalErrorThatKeepsItsCauseToTheLog() {
		given(this.uploads.accept(any(), any(), any(), any()))
			.willThrow(new IllegalStateException("secret internal detail"));

		MvcTestResult result = upload(new MockMultipartFile("file", "a.png", "image/png", new byte[] { 1 }));

		assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Internal error");
		assertThat(result.getResponse().getContentAsByteArray()).asString().doesNotContain("secret internal detail");
	}

	private MvcTestResult upload(MockMultipartFile... files) {
		MockMvcTester.MockMultipartMvcRequestBuilder request = this.mvc.post()
			.uri("/upload")
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, this.userId))
			.multipart();
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return request.exchange();
	}

}
