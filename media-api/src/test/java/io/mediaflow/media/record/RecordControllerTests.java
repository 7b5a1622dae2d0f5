package io.mediaflow.media.record;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.platform.storage.StorageException;
import io.mediaflow.platform.storage.StoredObjectMissingException;
import io.mediaflow.media.BearerTokens;
import io.mediaflow.media.record.AudioRecordRepository.AudioRecord;
import io.mediaflow.media.upload.AcceptedUpload;
import io.mediaflow.media.upload.UploadPurpose;
import io.mediaflow.media.upload.UploadService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * {@code POST /record} and {@code GET /record}: the signed link, one recording per
 * request, and each state of a download as the client sees it.
 */
@WebMvcTest(controllers = RecordController.class, properties = { "spring.config.name=media-api",
		"mediaflow.jwt.secret=media-api-slice-tests-secret-0123456789abc", "mediaflow.records.download-wait=0s" })
@EnableConfigurationProperties(RecordProperties.class)
class RecordControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtProperties jwt;

	@MockitoBean
	UploadService uploads;

	@MockitoBean
	AudioRecordRepository records;

	@MockitoBean
	ObjectStore store;

	@MockitoBean
	RecordLinks links;

	private final UUID userId = UUID.randomUUID();

	private final UUID recordId = UUID.randomUUID();

	@Test
	void aRecordingIsCreatedWithItsSignedDownloadLink() {
		UUID taskId = UUID.randomUUID();
		given(this.uploads.accept(any(), any(), eq(new UploadPurpose.ConvertRecording()), any()))
			.willReturn(new AcceptedUpload(taskId, List.of(this.recordId)));
		String signed = "http://localhost/record?id=" + this.recordId + "&user=" + this.userId + "&expires=9&sig=s";
		given(this.links.signedUrl(this.recordId, this.userId)).willReturn(signed);

		MvcTestResult result = this.mvc.post()
			.uri("/record")
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, this.userId))
			.multipart()
			.file(new MockMultipartFile("record", "talk.wav", "audio/wav", new byte[] { 1 }))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.LOCATION, signed);
		assertThat(result).bodyJson().extractingPath("$.download_url").isEqualTo(signed);
		assertThat(result).bodyJson().extractingPath("$.record_id").isEqualTo(this.recordId.toString());
		assertThat(result).bodyJson().extractingPath("$.task_id").isEqualTo(taskId.toString());
	}

	@Test
	void twoRecordingsInOneRequestAreRefused() {
		MvcTestResult result = this.mvc.post()
			.uri("/records")
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, this.userId))
			.multipart()
			.file(new MockMultipartFile("record", "a.wav", "audio/wav", new byte[] { 1 }))
			.file(new MockMultipartFile("file", "b.wav", "audio/wav", new byte[] { 2 }))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("One recording per request");
		verifyNoInteractions(this.uploads);
	}

	@Test
	void aLinkWithAWrongSignatureFindsNothing() {
		MvcTestResult result = this.mvc.get()
			.uri("/record?id={id}&user={user}&expires=1&sig=forged", this.recordId, this.userId)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Record not found");
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://mediaflow.io/problems/record-not-found");
		verifyNoInteractions(this.records);
	}

	@Test
	void anUnsignedDownloadNeedsTheOwnersCredentials() {
		assertThat(this.mvc.get().uri("/record?id={id}&user={user}", this.recordId, this.userId))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get()
			.uri("/record?id={id}&user={user}", this.recordId, this.userId)
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, UUID.randomUUID())))
			.hasStatus(HttpStatus.NOT_FOUND);
		verifyNoInteractions(this.records);
	}

	@Test
	void aRecordStillConvertingAnswersAcceptedWithRetryAfter() {
		given(this.records.findOwned(this.recordId, this.userId))
			.willReturn(Optional.of(record(AudioRecordStatus.PENDING, null)));

		MvcTestResult result = ownerDownload();

		assertThat(result).hasStatus(HttpStatus.ACCEPTED).hasHeader(HttpHeaders.RETRY_AFTER, "2");
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Still processing");
	}

	@Test
	void aFailedConversionIsUnprocessableWithItsReason() {
		given(this.records.findOwned(this.recordId, this.userId))
			.willReturn(Optional.of(record(AudioRecordStatus.FAILED, "not a WAV after all")));

		MvcTestResult result = ownerDownload();

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The recording could not be converted: not a WAV after all");
	}

	@Test
	void aRecordWhoseObjectIsGoneIsNotFoundBeforeAnyByteIsSent() {
		given(this.records.findOwned(this.recordId, this.userId))
			.willReturn(Optional.of(record(AudioRecordStatus.DONE, null)));
		given(this.store.get("records/x.mp3"))
			.willThrow(new StoredObjectMissingException("records/x.mp3", new IllegalStateException("NoSuchKey")));

		MvcTestResult result = ownerDownload();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://mediaflow.io/problems/stored-file-missing");
	}

	@Test
	void aRecordWhoseStoreIsDownIsServiceUnavailable() {
		given(this.records.findOwned(this.recordId, this.userId))
			.willReturn(Optional.of(record(AudioRecordStatus.DONE, null)));
		given(this.store.get("records/x.mp3"))
			.willThrow(new StorageException("Could not read records/x.mp3", new IOException("Connection refused")));

		MvcTestResult result = ownerDownload();

		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasHeader(HttpHeaders.RETRY_AFTER, "5");
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://mediaflow.io/problems/storage-unavailable");
	}

	@Test
	void aMalformedRecordIdIsABadRequest() {
		assertThat(this.mvc.get()
			.uri("/record?id=nope&user={user}", this.userId)
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, this.userId)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("'id' is not a valid id (a UUID)");
	}

	private AudioRecord record(AudioRecordStatus status, String error) {
		return new AudioRecord(this.recordId, "records/x.mp3", status, null, "talk.wav", "talk", error);
	}

	private MvcTestResult ownerDownload() {
		return this.mvc.get()
			.uri("/record?id={id}&user={user}", this.recordId, this.userId)
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, this.userId))
			.exchange();
	}

}
