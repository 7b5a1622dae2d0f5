package io.mediaflow.media.upload;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.media.docs.MediaDescriptions;
import io.mediaflow.media.docs.MediaExamples;
import io.mediaflow.media.docs.UploadForm;
import io.mediaflow.media.system.PublicUrls;
import io.mediaflow.media.task.TaskStatus;
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

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
@Tag(name = "Uploads and tasks")
class UploadController {

	/** Multipart part names that carry files, in the order they are read. */
	static final List<String> FILE_PARTS = List.of("files", "file", "images");

	private final UploadService uploads;

	UploadController(UploadService uploads) {
		this.uploads = uploads;
	}

	@Operation(operationId = "upload", summary = "Upload images and recordings for processing",
			description = "Checks every file (count, size, format by magic bytes, pixel count from the header), stores "
					+ "the originals and creates one task; nothing is kept when any file is refused. Each JPEG/PNG "
					+ "yields <name>_original, _rotated (90 degrees clockwise), _gray and _scaled (half size) in its "
					+ "own format; each WAV yields <name>.mp3. Poll status_url, then download download_url.",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
							schema = @Schema(implementation = UploadForm.class))))
	@ApiResponse(responseCode = "202", description = "Accepted: the task is PENDING; Location is its status URL",
			headers = @Header(name = "Location", description = "The status URL", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = UploadAccepted.class),
					examples = @ExampleObject(value = MediaExamples.UPLOAD_ACCEPTED)))
	@ApiResponse(responseCode = "400",
			description = "No files, an empty file, or more files than max-files-per-upload (20)")
	@ApiResponse(responseCode = "413", description = "A file is larger than max-file-size (50 MB)",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.FILE_TOO_LARGE)))
	@ApiResponse(responseCode = "415", description = "A file is not a real JPEG, PNG or WAV (by content, not name)",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.UNSUPPORTED_FILE)))
	@ApiResponse(responseCode = "422",
			description = "An image declares more than max-image-pixels (50000000) or, "
					+ "decoded, more than max-decoded-image-size (200 MB), or is cut short; or a WAV lasts longer than "
					+ "max-audio-duration (30 min) or has a header that contradicts itself",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.IMAGE_TOO_LARGE)))
	@ApiResponse(responseCode = "503", description = MediaDescriptions.STORAGE_UNAVAILABLE,
			headers = @Header(name = "Retry-After", description = "Seconds to wait",
					schema = @Schema(type = "integer")))
	@PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<UploadAccepted> upload(AuthenticatedUser user, MultipartHttpServletRequest request,
			@Parameter(description = MediaDescriptions.REQUEST_ID) @RequestHeader(name = "X-Request-Id",
					required = false) @Nullable String requestId) {
		List<MultipartFile> files = UploadParts.files(request, FILE_PARTS.toArray(String[]::new));
		UUID taskId = this.uploads.accept(user, files, new UploadPurpose.Augment(), requestId).taskId();
		String statusUrl = PublicUrls.of("/status/" + taskId);
		return ResponseEntity.accepted()
			.location(URI.create(statusUrl))
			.body(new UploadAccepted(taskId, TaskStatus.PENDING, files.size(), statusUrl,
					PublicUrls.of("/task/" + taskId)));
	}

}
