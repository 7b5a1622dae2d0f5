package io.mediaflow.media.image;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.common.storage.ObjectStore;
import io.mediaflow.media.image.StoredImageRepository.StoredImage;
import io.mediaflow.media.system.Downloads;
import io.mediaflow.media.system.PublicUrls;
import io.mediaflow.media.upload.AcceptedUpload;
import io.mediaflow.media.upload.UploadPurpose;
import io.mediaflow.media.upload.UploadService;
import io.minio.GetObjectResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Seeds 000/001: store one image as a JPEG (fitted into {@code x} x {@code y}, at {@code quality}), fetch it back.
 */
@RestController
class ImageController {

	private final UploadService uploads;

	private final StoredImageRepository images;

	private final ObjectStore store;

	private final ImageProperties properties;

	ImageController(UploadService uploads, StoredImageRepository images, ObjectStore store,
			ImageProperties properties) {
		this.uploads = uploads;
		this.images = images;
		this.store = store;
		this.properties = properties;
	}

	@PostMapping(path = { "/image", "/img" }, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImageCreated> store(AuthenticatedUser user, MultipartHttpServletRequest request,
			@RequestParam(required = false) @Nullable Integer x,
			@RequestParam(required = false) @Nullable Integer width,
			@RequestParam(required = false) @Nullable Integer y,
			@RequestParam(required = false) @Nullable Integer height,
			@RequestParam(required = false) @Nullable Integer quality,
			@RequestHeader(name = "X-Request-Id", required = false) @Nullable String requestId) {
		List<MultipartFile> files = new ArrayList<>(request.getFiles("image"));
		files.addAll(request.getFiles("file"));
		if (files.size() > 1) {
			throw Downloads.problem(HttpStatus.BAD_REQUEST, "One image per request",
					"Send exactly one image as the multipart part 'image'");
		}
		UploadPurpose.StoreJpeg purpose = new UploadPurpose.StoreJpeg(side("x", x, "width", width),
				side("y", y, "height", height), quality(quality));
		AcceptedUpload accepted = this.uploads.accept(user, files, purpose, requestId);
		UUID imageId = Objects.requireNonNull(accepted.outputIds().get(0));
		String url = PublicUrls.of("/image", "id", imageId, "user", user.userId());
		return ResponseEntity.created(URI.create(url)).body(new ImageCreated(imageId, url));
	}

	@GetMapping("/image")
	ResponseEntity<StreamingResponseBody> fetch(AuthenticatedUser user, @RequestParam UUID id,
			@RequestParam("user") UUID owner) throws InterruptedException {
		if (!owner.equals(user.userId())) {
			throw notFound(id);
		}
		return fetch(user, id);
	}

	@GetMapping("/images/{id}")
	ResponseEntity<StreamingResponseBody> fetch(AuthenticatedUser user, @PathVariable UUID id)
			throws InterruptedException {
		StoredImage image = Downloads
			.awaitReady(() -> this.images.findOwned(id, user.userId()), (found) -> !"PENDING".equals(found.status()),
					this.properties.downloadWait())
			.orElseThrow(() -> notFound(id));
		switch (image.status()) {
			case "DONE" -> {
				StreamingResponseBody body = (out) -> {
					try (GetObjectResponse object = this.store.get(image.s3Key())) {
						object.transferTo(out);
					}
				};
				ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG);
				if (image.sizeBytes() != null) {
					response.contentLength(image.sizeBytes());
				}
				return response.body(body);
			}
			case "FAILED" -> throw Downloads.problem(HttpStatus.UNPROCESSABLE_CONTENT, "Image could not be stored",
					"The image could not be made into a JPEG: " + image.error());
			default -> throw Downloads.stillProcessing("JPEG");
		}
	}

	private @Nullable Integer side(String name, @Nullable Integer value, String alias, @Nullable Integer aliased) {
		if (value != null && aliased != null && !value.equals(aliased)) {
			throw Downloads.problem(HttpStatus.BAD_REQUEST, "Conflicting parameters",
					"'" + name + "' and '" + alias + "' are the same setting; send one of them");
		}
		Integer side = (value != null) ? value : aliased;
		if (side != null && (side < 1 || side > this.properties.maxSide())) {
			throw Downloads.problem(HttpStatus.BAD_REQUEST, "Invalid parameter",
					"'" + name + "' must be between 1 and " + this.properties.maxSide() + " pixels");
		}
		return side;
	}

	private int quality(@Nullable Integer quality) {
		if (quality == null) {
			return this.properties.defaultQuality();
		}
		if (quality < 1 || quality > 100) {
			throw Downloads.problem(HttpStatus.BAD_REQUEST, "Invalid parameter", "'quality' must be between 1 and 100");
		}
		return quality;
	}

	private static ErrorResponseException notFound(UUID id) {
		return Downloads.problem(HttpStatus.NOT_FOUND, "Image not found", "There is no image " + id + " of yours");
	}

}
