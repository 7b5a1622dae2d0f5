package io.mediaflow.media.record;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.files.FileNames;
import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.media.docs.MediaDescriptions;
import io.mediaflow.media.docs.MediaExamples;
import io.mediaflow.media.docs.RecordForm;
import io.mediaflow.media.record.AudioRecordRepository.AudioRecord;
import io.mediaflow.media.security.UnauthorizedException;
import io.mediaflow.media.system.Downloads;
import io.mediaflow.media.upload.AcceptedUpload;
import io.mediaflow.media.upload.UploadParts;
import io.mediaflow.media.upload.UploadPurpose;
import io.mediaflow.media.upload.UploadService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
@Tag(name = "Records")
class RecordController {

	private final UploadService uploads;

	private final AudioRecordRepository records;

	private final ObjectStore store;

	private final RecordProperties properties;

	private final RecordLinks links;

	RecordController(UploadService uploads, AudioRecordRepository records, ObjectStore store,
			RecordProperties properties, RecordLinks links) {
		this.uploads = uploads;
		this.records = records;
		this.store = store;
		this.properties = properties;
		this.links = links;
	}

	@Operation(operationId = "createRecord", summary = "Convert a WAV recording to MP3",
			description = "Checks the WAV (by content; its duration from the header), stores it and starts the "
					+ "conversion (libmp3lame, 128 kbit/s by default). /records is the same operation. Download the "
					+ "MP3 from download_url: it is signed and expires after records.link-ttl (7 days), and needs no "
					+ "credentials until then.",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
							schema = @Schema(implementation = RecordForm.class))))
	@ApiResponse(responseCode = "201", description = "Accepted for conversion; Location is the download URL",
			headers = @Header(name = "Location", description = "The download URL", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecordCreated.class),
					examples = @ExampleObject(value = MediaExamples.RECORD_CREATED)))
	@ApiResponse(responseCode = "400", description = "No recording, an empty one, or more than one")
	@ApiResponse(responseCode = "413", description = "The recording is larger than max-file-size (50 MB)")
	@ApiResponse(responseCode = "415", description = "The part is not a real WAV (by content, not name)")
	@ApiResponse(responseCode = "422",
			description = "The WAV lasts longer than max-audio-duration (30 min), or its header contradicts itself "
					+ "(byte rate, block align)",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.RECORDING_TOO_LONG)))
	@ApiResponse(responseCode = "503", description = MediaDescriptions.STORAGE_UNAVAILABLE,
			headers = @Header(name = "Retry-After", description = "Seconds to wait",
					schema = @Schema(type = "integer")))
	@PostMapping(path = { "/record", "/records" }, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<RecordCreated> create(AuthenticatedUser user, MultipartHttpServletRequest request,
			@Parameter(description = MediaDescriptions.REQUEST_ID) @RequestHeader(name = "X-Request-Id",
					required = false) @Nullable String requestId) {
		List<MultipartFile> files = UploadParts.atMostOne(request, ProblemType.ONE_RECORDING_PER_REQUEST, "recording",
				"record", "file");
		AcceptedUpload accepted = this.uploads.accept(user, files, new UploadPurpose.ConvertRecording(), requestId);
		UUID recordId = Objects.requireNonNull(accepted.outputIds().get(0));
		String url = this.links.signedUrl(recordId, user.userId());
		return ResponseEntity.created(URI.create(url)).body(new RecordCreated(url, recordId, accepted.taskId()));
	}

	@Operation(operationId = "downloadRecord", summary = "Download a record's MP3",
			description = "The download_url of POST /record, which opens as it is: its expires and sig let it through "
					+ "without credentials. Without them, only the owner's credentials do. While the conversion runs "
					+ "the request waits up to records.download-wait (10 s), then answers 202 with Retry-After.")
	@ApiResponse(responseCode = "200", description = "The MP3, as an attachment named after the WAV",
			content = @Content(mediaType = "audio/mpeg", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "202",
			description = "Still converting; ask the same URL again after Retry-After seconds",
			headers = @Header(name = "Retry-After", description = "Seconds to wait",
					schema = @Schema(type = "integer")),
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.STILL_PROCESSING)))
	@ApiResponse(responseCode = "400", description = "id or user is missing or not a UUID")
	@ApiResponse(responseCode = "401", description = "Neither a signature nor credentials")
	@ApiResponse(responseCode = "404",
			description = "No record of yours has this id (someone else's looks the same), or the link was altered or "
					+ "has expired")
	@ApiResponse(responseCode = "422", description = "The conversion failed; detail says why")
	@GetMapping("/record")
	ResponseEntity<StreamingResponseBody> download(@Parameter(hidden = true) Optional<AuthenticatedUser> user,
			@Parameter(description = "The record_id POST /record answered") @RequestParam UUID id,
			@Parameter(description = "The owner's user_id, as in download_url") @RequestParam("user") UUID owner,
			@Parameter(description = "When the link expires (epoch seconds), as in download_url") @RequestParam(
					required = false) @Nullable String expires,
			@Parameter(description = "The link's signature, as in download_url") @RequestParam(
					required = false) @Nullable String sig)
			throws InterruptedException {
		if (expires != null || sig != null) {
			if (!this.links.permits(id, owner, expires, sig)) {
				throw notFound(id);
			}
		}
		else if (!owner.equals(user.orElseThrow(UnauthorizedException::credentialsRequired).userId())) {
			throw notFound(id);
		}
		AudioRecord record = Downloads
			.awaitReady(() -> this.records.findOwned(id, owner), (found) -> found.status() != AudioRecordStatus.PENDING,
					this.properties.downloadWait())
			.orElseThrow(() -> notFound(id));
		return switch (record.status()) {
			case DONE -> mp3(record);
			case FAILED -> throw Problems.exception(ProblemType.CONVERSION_FAILED,
					"The recording could not be converted: " + record.error());
			case PENDING -> throw Downloads.stillProcessing("MP3");
		};
	}

	private ResponseEntity<StreamingResponseBody> mp3(AudioRecord record) {
		String fileName = FileNames.safeBaseName(record.originalName()) + ".mp3";
		return Downloads.storedObject(MediaType.parseMediaType("audio/mpeg"), record.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(Downloads.streamed(this.store, record.s3Key()));
	}

	private static ErrorResponseException notFound(UUID id) {
		return Problems.exception(ProblemType.RECORD_NOT_FOUND, "There is no record " + id + " of yours");
	}

}
