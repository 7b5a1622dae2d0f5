package io.mediaflow.media.upload;

import io.mediaflow.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.multipart.MultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The files of an upload come from the named parts, in the order of the names; an
 * endpoint that takes one file refuses two, whichever parts they came in.
 */
class UploadPartsTests {

	private final MockMultipartHttpServletRequest request = new MockMultipartHttpServletRequest();

	@Test
	void takesTheFilesOfTheNamedPartsInTheOrderOfTheNames() {
		this.request.addFile(file("files", "a.jpg"));
		this.request.addFile(file("files", "b.jpg"));
		this.request.addFile(file("file", "c.jpg"));
		this.request.addFile(file("other", "d.jpg"));

		assertThat(UploadParts.files(this.request, "file", "files")).extracting(MultipartFile::getOriginalFilename)
			.containsExactly("c.jpg", "a.jpg", "b.jpg");
	}

	@Test
	void oneFileInAnyOfThePartsIsTaken() {
		this.request.addFile(file("img", "a.jpg"));

		assertThat(UploadParts.atMostOne(this.request, ProblemType.ONE_IMAGE_PER_REQUEST, "image", "image", "img"))
			.extracting(MultipartFile::getOriginalFilename)
			.containsExactly("a.jpg");
		assertThat(UploadParts.atMostOne(new MockMultipartHttpServletRequest(), ProblemType.ONE_IMAGE_PER_REQUEST,
				"image", "image", "img"))
			.isEmpty();
	}

	@Test
	void twoFilesAreRefusedNamingTheMainPart() {
		this.request.addFile(file("image", "a.jpg"));
		this.request.addFile(file("img", "b.jpg"));

		assertThatExceptionOfType(ErrorResponseException.class).isThrownBy(
				() -> UploadParts.atMostOne(this.request, ProblemType.ONE_IMAGE_PER_REQUEST, "image", "image", "img"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(ex.getBody().getType()).isEqualTo(ProblemType.ONE_IMAGE_PER_REQUEST.uri());
				assertThat(ex.getBody().getTitle()).isEqualTo("One image per request");
				assertThat(ex.getBody().getDetail()).isEqualTo("Send exactly one image as the multipart part 'image'");
			});
	}

	private static MockMultipartFile file(String part, String name) {
		return new MockMultipartFile(part, name, "image/jpeg", new byte[] { 1 });
	}

}
