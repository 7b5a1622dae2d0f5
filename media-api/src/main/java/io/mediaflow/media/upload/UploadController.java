package io.mediaflow.media.upload;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.media.system.PublicUrls;
import io.mediaflow.media.task.TaskStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
class UploadController {

	/** Multipart part names that carry files, in the order they are read. */
	static final List<String> FILE_PARTS = List.of("files", "file", "images");

	private final UploadService uploads;

	UploadController(UploadService uploads) {
		this.uploads = uploads;
	}

	@PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<UploadAccepted> upload(AuthenticatedUser user, MultipartHttpServletRequest request,
			@RequestHeader(name = "X-Request-Id", required = false) @Nullable String requestId) {
		List<MultipartFile> files = new ArrayList<>();
		for (String part : FILE_PARTS) {
			files.addAll(request.getFiles(part));
		}
		UUID taskId = this.uploads.accept(user, files, new UploadPurpose.Augment(), requestId).taskId();
		String statusUrl = PublicUrls.of("/status/" + taskId);
		return ResponseEntity.accepted()
			.location(URI.create(statusUrl))
			.body(new UploadAccepted(taskId, TaskStatus.PENDING, files.size(), statusUrl,
					PublicUrls.of("/task/" + taskId)));
	}

}
