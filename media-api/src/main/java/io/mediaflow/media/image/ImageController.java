package io.mediaflow.media.image;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.media.docs.ImageForm;
import io.mediaflow.media.docs.JsonImageForm;
import io.mediaflow.media.docs.MediaDescriptions;
import io.mediaflow.media.docs.MediaExamples;
import io.mediaflow.media.image.StoredImageRepository.StoredImage;
import io.mediaflow.media.system.Downloads;
import io.mediaflow.media.system.PublicUrls;
import io.mediaflow.media.upload.AcceptedUpload;
import io.mediaflow.media.upload.UploadParts;
import io.mediaflow.media.upload.UploadPurpose;
import io.mediaflow.media.upload.UploadService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

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
 * Seeds 000/001: store one image as a JPEG (fitted into {@code x} x {@code y}, at
 * {@code quality}), fetch it back.
 */
@RestController
@Tag(name = "Images")
class ImageController {

	/**
	 * Seed 001's {@code GET /<id>} answers only for paths shaped like an image id, as the
	 * gateway routes them.
	 */
	private static final String UUID_SHAPE = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

	private final UploadService uploads;

	private final StoredImageRepository images;

	private final ObjectStore store;

	private final ImageProperties properties;

	private final JsonImageReader jsonImages;

	ImageController(UploadService uploads, StoredImageRepository images, ObjectStore store, ImageProperties properties,
			JsonImageReader jsonImages) {
		this.uploads = uploads;
		this.images = images;
		this.store = store;
		this.properties = properties;
		this.jsonImages = jsonImages;
	}

	@Operation(operationId = "storeImage", summary = "Store an image as a JPEG",
			description = "Fits the image inside x by y (aspect kept, never enlarged), flattens transparency on white "
					+ "and stores it as a JPEG of the given quality. /img is the same operation. The size and quality "
					+ "may also be form fields. Fetch the JPEG from url with the same user's credentials.",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
							schema = @Schema(implementation = ImageForm.class))))
	@ApiResponse(responseCode = "201", description = "Accepted; Location is the image's URL",
			headers = @Header(name = "Location", description = "The image's URL", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImageCreated.class),
					examples = @ExampleObject(value = MediaExamples.IMAGE_CREATED)))
	@ApiResponse(responseCode = "400",
			description = "x/y/width/height outside 1-10000, quality outside 1-100 or not a number, x and width (or y "
					+ "and height) both given and different; no image, an empty one, or more than one",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = MediaExamples.INVALID_IMAGE_PARAMETER)))
	@ApiResponse(responseCode = "413", description = "The image is larger than max-file-size (50 MB)")
	@ApiResponse(responseCode = "415", description = "The part is not a real JPEG or PNG (by content, not name)")
	@ApiResponse(responseCode = "422",
			description = "The image declares more than max-image-pixels (50000000) or, decoded, more than "
					+ "max-decoded-image-size (200 MB), or is cut short")
	@ApiResponse(responseCode = "503", description = MediaDescriptions.STORAGE_UNAVAILABLE,
			headers = @Header(name = "Retry-After", description = "Seconds to wait",
					schema = @Schema(type = "integer")))
	@PostMapping(path = { "/image", "/img" }, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImageCreated> store(AuthenticatedUser user, MultipartHttpServletRequest request,
			@Parameter(in = ParameterIn.QUERY, description = "Largest width in pixels (alias: width)",
					schema = @Schema(type = "integer", minimum = "1", maximum = "10000")) @RequestParam(
							required = false) @Nullable Integer x,
			@Parameter(in = ParameterIn.QUERY, description = "Largest width in pixels (alias: x)",
					schema = @Schema(type = "integer", minimum = "1", maximum = "10000")) @RequestParam(
							required = false) @Nullable Integer width,
			@Parameter(in = ParameterIn.QUERY, description = "Largest height in pixels (alias: height)",
					schema = @Schema(type = "integer", minimum = "1", maximum = "10000")) @RequestParam(
							required = false) @Nullable Integer y,
			@Parameter(in = ParameterIn.QUERY, description = "Largest height in pixels (alias: y)",
					schema = @Schema(type = "integer", minimum = "1", maximum = "10000")) @RequestParam(
							required = false) @Nullable Integer height,
			@Parameter(in = ParameterIn.QUERY, description = "JPEG quality, 1-100 (default images.default-quality, 85)",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100")) @RequestParam(
							required = false) @Nullable Integer quality,
			@Parameter(description = MediaDescriptions.REQUEST_ID) @RequestHeader(name = "X-Request-Id",
					required = false) @Nullable String requestId) {
		List<MultipartFile> files = UploadParts.atMostOne(request, ProblemType.ONE_IMAGE_PER_REQUEST, "image", "image",
				"file");
		UploadPurpose.StoreJpeg purpose = new UploadPurpose.StoreJpeg(side("x", x, "width", width),
				side("y", y, "height", height), quality(quality));
		return created(user, files, purpose, requestId);
	}

	@Operation(operationId = "storeImageFromJson", summary = "Store an image sent inside JSON as a JPEG",
			description = "Seed 001's form of POST /img (and /image): the file base64-encoded, or as a data URL, in "
					+ "img; x, y and quality as strings or numbers. Otherwise the same as the multipart form. The body "
					+ "and the image are spooled to temporary files, never held in memory.",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = JsonImageForm.class))))
	@ApiResponse(responseCode = "201", description = "Accepted; Location is the image's URL",
			headers = @Header(name = "Location", description = "The image's URL", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImageCreated.class),
					examples = @ExampleObject(value = MediaExamples.IMAGE_CREATED)))
	@ApiResponse(responseCode = "400",
			description = "Malformed JSON; img missing or not base64; x, y or quality "
					+ "not a whole number or out of range")
	@ApiResponse(responseCode = "413", description = "The image is larger than max-file-size (50 MB)")
	@ApiResponse(responseCode = "415", description = "img is not a real JPEG or PNG (by content)")
	@ApiResponse(responseCode = "422",
			description = "The image declares more than max-image-pixels or, decoded, "
					+ "more than max-decoded-image-size, or is cut short")
	@ApiResponse(responseCode = "503", description = MediaDescriptions.STORAGE_UNAVAILABLE,
			headers = @Header(name = "Retry-After", description = "Seconds to wait",
					schema = @Schema(type = "integer")))
	@PostMapping(path = { "/image", "/img" }, consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ImageCreated> storeFromJson(AuthenticatedUser user,
			@Parameter(hidden = true) HttpServletRequest request,
			@Parameter(description = MediaDescriptions.REQUEST_ID) @RequestHeader(name = "X-Request-Id",
					required = false) @Nullable String requestId)
			throws IOException {
		try (JsonImage body = this.jsonImages.read(request)) {
			UploadPurpose.StoreJpeg purpose = new UploadPurpose.StoreJpeg(side("x", body.x(), "width", null),
					side("y", body.y(), "height", null), quality(body.quality()));
			return created(user, List.of(body.image()), purpose, requestId);
		}
	}

	private ResponseEntity<ImageCreated> created(AuthenticatedUser user, List<MultipartFile> files,
			UploadPurpose.StoreJpeg purpose, @Nullable String requestId) {
		AcceptedUpload accepted = this.uploads.accept(user, files, purpose, requestId);
		UUID imageId = Objects.requireNonNull(accepted.outputIds().get(0));
		String url = PublicUrls.of("/image", "id", imageId, "user", user.userId());
		return ResponseEntity.created(URI.create(url)).body(new ImageCreated(imageId, url));
	}

	@Operation(operationId = "fetchImage", summary = "Fetch a stored JPEG by its URL",
			description = "The url of POST /image. While the JPEG is being made the request waits up to "
					+ "images.download-wait (10 s), then answers 202 with Retry-After.")
	@ApiResponse(responseCode = "200", description = "The JPEG",
			content = @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "202",
			description = "Still being made; ask the same URL again after Retry-After seconds",
			headers = @Header(name = "Retry-After", description = "Seconds to wait",
					schema = @Schema(type = "integer")),
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "400", description = "id or user is missing or not a UUID")
	@ApiResponse(responseCode = "404", description = "No image of yours has this id (someone else's looks the same)")
	@ApiResponse(responseCode = "422", description = "The image could not be made into a JPEG; detail says why")
	@GetMapping("/image")
	ResponseEntity<StreamingResponseBody> fetch(AuthenticatedUser user,
			@Parameter(description = "The id POST /image answered") @RequestParam UUID id,
			@Parameter(description = "The owner's user_id, as in url") @RequestParam("user") UUID owner)
			throws InterruptedException {
		if (!owner.equals(user.userId())) {
			throw notFound(id);
		}
		return fetch(user, id);
	}

	@Operation(operationId = "fetchImageById", summary = "Fetch a stored JPEG by its id",
			description = "The same as GET /image with the id in the path; GET /{id} (seed 001) is the same for ids "
					+ "shaped like a UUID. While the JPEG is being made the request waits up to images.download-wait "
					+ "(10 s), then answers 202 with Retry-After.")
	@ApiResponse(responseCode = "200", description = "The JPEG",
			content = @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "202",
			description = "Still being made; ask the same URL again after Retry-After seconds",
			headers = @Header(name = "Retry-After", description = "Seconds to wait",
					schema = @Schema(type = "integer")),
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "400", description = "The id is not a UUID")
	@ApiResponse(responseCode = "404", description = "No image of yours has this id (someone else's looks the same)")
	@ApiResponse(responseCode = "422", description = "The image could not be made into a JPEG; detail says why")
	@GetMapping({ "/images/{id}", "/{id:" + UUID_SHAPE + "}" })
	ResponseEntity<StreamingResponseBody> fetch(AuthenticatedUser user,
			@Parameter(description = "The id POST /image answered") @PathVariable UUID id) throws InterruptedException {
		StoredImage image = Downloads
			.awaitReady(() -> this.images.findOwned(id, user.userId()),
					(found) -> found.status() != StoredImageStatus.PENDING, this.properties.downloadWait())
			.orElseThrow(() -> notFound(id));
		return switch (image.status()) {
			case DONE -> Downloads.storedObject(MediaType.IMAGE_JPEG, image.sizeBytes())
				.body(Downloads.streamed(this.store, image.s3Key()));
			case FAILED -> throw Problems.exception(ProblemType.IMAGE_NOT_STORED,
					"The image could not be made into a JPEG: " + image.error());
			case PENDING -> throw Downloads.stillProcessing("JPEG");
		};
	}

	private @Nullable Integer side(String name, @Nullable Integer value, String alias, @Nullable Integer aliased) {
		if (value != null && aliased != null && !value.equals(aliased)) {
			throw Problems.exception(ProblemType.CONFLICTING_PARAMETERS,
					"'" + name + "' and '" + alias + "' are the same setting; send one of them");
		}
		Integer side = (value != null) ? value : aliased;
		if (side != null && (side < 1 || side > this.properties.maxSide())) {
			throw Problems.exception(ProblemType.INVALID_PARAMETER,
					"'" + name + "' must be between 1 and " + this.properties.maxSide() + " pixels");
		}
		return side;
	}

	private int quality(@Nullable Integer quality) {
		if (quality == null) {
			return this.properties.defaultQuality();
		}
		if (quality < 1 || quality > 100) {
			throw Problems.exception(ProblemType.INVALID_PARAMETER, "'quality' must be between 1 and 100");
		}
		return quality;
	}

	private static ErrorResponseException notFound(UUID id) {
		return Problems.exception(ProblemType.IMAGE_NOT_FOUND, "There is no image " + id + " of yours");
	}

}
