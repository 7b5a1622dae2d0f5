package io.mediaflow.media.record;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.mediaflow.common.files.FileNames;
import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.common.storage.ObjectStore;
import io.mediaflow.media.record.AudioRecordRepository.AudioRecord;
import io.mediaflow.media.system.Downloads;
import io.mediaflow.media.system.PublicUrls;
import io.mediaflow.media.upload.AcceptedUpload;
import io.mediaflow.media.upload.UploadPurpose;
import io.mediaflow.media.upload.UploadService;
import io.minio.GetObjectResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Seeds 002/003: post a WAV, get a URL, download the MP3 from it.
 */
@RestController
class RecordController {

	private final UploadService uploads;

	private final AudioRecordRepository records;

	private final ObjectStore store;

	private final RecordProperties properties;

	RecordController(UploadService uploads, AudioRecordRepository records, ObjectStore store,
			RecordProperties properties) {
		this.uploads = uploads;
		this.records = records;
		this.store = store;
		this.properties = properties;
	}

	@PostMapping(path = { "/record", "/records" }, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<RecordCreated> create(AuthenticatedUser user, MultipartHttpServletRequest request,
			@RequestHeader(name = "X-Request-Id", required = false) @Nullable String requestId) {
		List<MultipartFile> files = new ArrayList<>(request.getFiles("record"));
		files.addAll(request.getFiles("file"));
		if (files.size() > 1) {
			throw Downloads.problem(HttpStatus.BAD_REQUEST, "One recording per request",
					"Send exactly one WAV as the multipart part 'record'");
		}
		AcceptedUpload accepted = this.uploads.accept(user, files, new UploadPurpose.ConvertRecording(),
				requestId);
		UUID recordId = java.util.Objects.requireNonNull(accepted.outputIds().get(0));
		String url = PublicUrls.of("/record", "id", recordId, "user", user.userId());
		return ResponseEntity.created(URI.create(url)).body(new RecordCreated(url, recordId, accepted.taskId()));
	}

	@GetMapping("/record")
	ResponseEntity<StreamingResponseBody> download(AuthenticatedUser user, @RequestParam UUID id,
			@RequestParam("user") UUID owner)
			throws InterruptedException {
		if (!owner.equals(user.userId())) {
			throw notFound(id);
		}
		AudioRecord record = Downloads
			.awaitReady(() -> this.records.findOwned(id, user.userId()), (found) -> !"PENDING".equals(found.status()),
					this.properties.downloadWait())
			.orElseThrow(() -> notFound(id));
		switch (record.status()) {
			case "DONE" -> {
				return mp3(record);
			}
			case "FAILED" -> throw Downloads.problem(HttpStatus.UNPROCESSABLE_CONTENT, "Conversion failed",
					"The recording could not be converted: " + record.error());
			default -> throw Downloads.stillProcessing("MP3");
		}
	}

	private ResponseEntity<StreamingResponseBody> mp3(AudioRecord record) {
		String fileName = FileNames.safeBaseName(record.originalName()) + ".mp3";
		StreamingResponseBody body = (out) -> {
			try (GetObjectResponse object = this.store.get(record.s3Key())) {
				object.transferTo(out);
			}
		};
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("audio/mpeg"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		if (record.sizeBytes() != null) {
			response.contentLength(record.sizeBytes());
		}
		return response.body(body);
	}

	private static ErrorResponseException notFound(UUID id) {
		return Downloads.problem(HttpStatus.NOT_FOUND, "Record not found", "There is no record " + id + " of yours");
	}

}
