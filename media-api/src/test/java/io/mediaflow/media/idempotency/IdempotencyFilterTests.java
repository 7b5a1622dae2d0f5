package io.mediaflow.media.idempotency;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.media.BearerTokens;
import io.mediaflow.media.upload.AcceptedUpload;
import io.mediaflow.media.upload.MediaLimitsProperties;
import io.mediaflow.media.upload.UploadService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The {@code Idempotency-Key} filter in front of {@code POST /upload}: what a first
 * request, a repeat, a reused key and a key in use answer. The key rows themselves are
 * PostgreSQL's (IdempotencyIntegrationTests); here they are what the repository answers.
 */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { ".*\\.UploadController", ".*\\.SecurityConfiguration", ".*\\.ProblemDetailsAdvice" }),
		properties = { "spring.config.name=media-api",
				"mediaflow.jwt.secret=media-api-slice-tests-secret-0123456789abc",
				"mediaflow.idempotency.in-progress-wait=300ms" })
@Import(IdempotencyConfiguration.class)
@EnableConfigurationProperties({ IdempotencyProperties.class, MediaLimitsProperties.class })
class IdempotencyFilterTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtProperties jwt;

	@MockitoBean
	IdempotencyKeys keys;

	@MockitoBean
	UploadService uploads;

	private final UUID userId = UUID.randomUUID();

	private final MockMultipartFile photo = new MockMultipartFile("files", "a.png", "image/png", new byte[] { 1 });

	@Test
	void theFirstRequestRunsAndItsAnswerIsKept() {
		UUID taskId = UUID.randomUUID();
		given(this.keys.claim(eq(this.userId), eq("k1"), anyString())).willReturn(true);
		given(this.uploads.accept(any(), any(), any(), any())).willReturn(new AcceptedUpload(taskId, List.of()));

		MvcTestResult result = upload("k1");

		assertThat(result).hasStatus(HttpStatus.ACCEPTED).doesNotContainHeader("Idempotent-Replayed");
		then(this.keys).should()
			.complete(eq(this.userId), eq("k1"),
					argThat((stored) -> stored.status() == 202
							&& new String(stored.body(), StandardCharsets.UTF_8).contains(taskId.toString())
							&& stored.location() != null && stored.location().endsWith("/status/" + taskId)));
		then(this.keys).should(never()).release(any(), any());
	}

	@Test
	void aRepeatReplaysTheStoredAnswerWithoutRunning() {
		given(this.keys.claim(eq(this.userId), eq("k2"), anyString())).willReturn(false);
		given(this.keys.find(this.userId, "k2")).willAnswer((invocation) -> Optional
			.of(new KeyState(fingerprintOfThePhotoUpload(), new StoredResponse(202, "application/json",
					"{\"task_id\":\"t\"}".getBytes(StandardCharsets.UTF_8), "http://localhost/status/t"))));

		MvcTestResult result = upload("k2");

		assertThat(result).hasStatus(HttpStatus.ACCEPTED)
			.hasHeader("Idempotent-Replayed", "true")
			.hasHeader(HttpHeaders.LOCATION, "http://localhost/status/t");
		assertThat(result).bodyJson().extractingPath("$.task_id").isEqualTo("t");
		verifyNoInteractions(this.uploads);
	}

	@Test
	void aKeyUsedForAnotherRequestIsUnprocessable() {
		given(this.keys.claim(eq(this.userId), eq("k3"), anyString())).willReturn(false);
		given(this.keys.find(this.userId, "k3")).willReturn(Optional.of(new KeyState("0".repeat(64), null)));

		MvcTestResult result = upload("k3");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Idempotency-Key reused");
		verifyNoInteractions(this.uploads);
	}

	@Test
	void aRepeatWhileTheFirstStillRunsIsAConflictAfterTheWait() {
		given(this.keys.claim(eq(this.userId), eq("k4"), anyString())).willReturn(false);
		given(this.keys.find(this.userId, "k4"))
			.willAnswer((invocation) -> Optional.of(new KeyState(fingerprintOfThePhotoUpload(), null)));

		MvcTestResult result = upload("k4");

		assertThat(result).hasStatus(HttpStatus.CONFLICT).hasHeader("Retry-After", "1");
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Request in progress");
		verifyNoInteractions(this.uploads);
	}

	@Test
	void aRefusedFirstRequestReleasesItsKey() {
		given(this.keys.claim(eq(this.userId), eq("k5"), anyString())).willReturn(true);
		given(this.uploads.accept(any(), any(), any(), any()))
			.willThrow(new ErrorResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE));

		MvcTestResult result = upload("k5");

		assertThat(result).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		then(this.keys).should().release(this.userId, "k5");
		then(this.keys).should(never()).complete(any(), any(), any());
	}

	@Test
	void aKeyOverTwoHundredFiftyFiveCharactersIsABadRequest() {
		MvcTestResult result = upload("k".repeat(256));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(this.keys, this.uploads);
	}

	private String fingerprintOfThePhotoUpload() throws Exception {
		MockMultipartHttpServletRequest request = new MockMultipartHttpServletRequest();
		request.setRequestURI("/upload");
		request.addFile(this.photo);
		return RequestFingerprint.of(request, null);
	}

	private MvcTestResult upload(String key) {
		return this.mvc.post()
			.uri("/upload")
			.multipart()
			.file(this.photo)
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, this.userId))
			.header("Idempotency-Key", key)
			.exchange();
	}

}
