package io.mediaflow.media.image;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.media.BearerTokens;
import io.mediaflow.media.image.StoredImageRepository.StoredImage;
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
 * Seeds 000/001 on the web layer: size and quality parameters, the 201 answer, and each
 * state of a fetch.
 */
@WebMvcTest(controllers = ImageController.class, properties = { "spring.config.name=media-api",
		"mediaflow.jwt.secret=media-api-slice-tests-secret-0123456789abc", "mediaflow.images.download-wait=0s" })
@EnableConfigurationProperties(ImageProperties.class)
class ImageControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtProperties jwt;

	@MockitoBean
	UploadService uploads;

	@MockitoBean
	StoredImageRepository images;

	@MockitoBean
	ObjectStore store;

	@MockitoBean
	JsonImageReader jsonImages;

	private final UUID userId = UUID.randomUUID();

	private final UUID imageId = UUID.randomUUID();

	@Test
	void storesAnImageFittedIntoTheGivenWidthAtTheDefaultQuality() {
		given(this.uploads.accept(any(), any(), eq(new UploadPurpose.StoreJpeg(800, null, 85)), any()))
			.willReturn(new AcceptedUpload(UUID.randomUUID(), List.of(this.imageId)));

		MvcTestResult result = store("/image?width=800");

		String url = "http://localhost/image?id=" + this.imageId + "&user=" + this.userId;
		assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.LOCATION, url);
		assertThat(result).bodyJson().extractingPath("$.id").isEqualTo(this.imageId.toString());
		assertThat(result).bodyJson().extractingPath("$.url").isEqualTo(url);
	}

	@Test
	void aSideAndItsAliasWithDifferentValuesConflict() {
		MvcTestResult result = store("/img?x=800&width=600");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Conflicting parameters");
		verifyNoInteractions(this.uploads);
	}

	@Test
	void aSideOutOfRangeIsAnInvalidParameter() {
		MvcTestResult result = store("/image?y=10001");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("'y' must be between 1 and 10000 pixels");
		verifyNoInteractions(this.uploads);
	}

	@Test
	void aQualityOutOfRangeIsAnInvalidParameter() {
		assertThat(store("/image?quality=0")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("'quality' must be between 1 and 100");
	}

	@Test
	void aSideThatIsNotANumberIsABadRequest() {
		assertThat(store("/image?x=big")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("'x' is not a valid number");
	}

	@Test
	void anImageStillBeingMadeAnswersAcceptedWithRetryAfter() {
		given(this.images.findOwned(this.imageId, this.userId))
			.willReturn(Optional.of(image(StoredImageStatus.PENDING, null)));

		MvcTestResult result = fetch("/images/" + this.imageId);

		assertThat(result).hasStatus(HttpStatus.ACCEPTED).hasHeader(HttpHeaders.RETRY_AFTER, "2");
	}

	@Test
	void anImageThatFailedIsUnprocessableWithItsReason() {
		given(this.images.findOwned(this.imageId, this.userId))
			.willReturn(Optional.of(image(StoredImageStatus.FAILED, "decoding failed")));

		MvcTestResult result = fetch("/" + this.imageId);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The image could not be made into a JPEG: decoding failed");
	}

	@Test
	void anUnknownImageOrSomeoneElsesIsNotFound() {
		assertThat(fetch("/images/" + this.imageId)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Image not found");
		assertThat(fetch("/image?id=" + this.imageId + "&user=" + UUID.randomUUID())).hasStatus(HttpStatus.NOT_FOUND);
	}

	private StoredImage image(StoredImageStatus status, String error) {
		return new StoredImage("images/x.jpg", status, null, "photo.png", error);
	}

	private MvcTestResult store(String uri) {
		return this.mvc.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, this.userId))
			.multipart()
			.file(new MockMultipartFile("image", "photo.png", "image/png", new byte[] { 1 }))
			.exchange();
	}

	private MvcTestResult fetch(String uri) {
		return this.mvc.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, this.userId))
			.exchange();
	}

}
