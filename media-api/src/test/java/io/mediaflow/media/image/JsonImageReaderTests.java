package io.mediaflow.media.image;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;

import io.mediaflow.media.upload.MediaLimitsProperties;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JsonImageReaderTests {

	private final JsonImageReader reader = new JsonImageReader(JsonMapper.builder().build(), new MediaLimitsProperties(
			DataSize.ofKilobytes(64), 20, 50_000_000, Duration.ofMinutes(30), DataSize.ofMegabytes(200)));

	private final byte[] png = TestImages.png(40, 30);

	@Test
	void decodesBase64AndTakesNumbersAsStringsOrNumbers() throws Exception {
		String body = "{\"img\":\"" + Base64.getEncoder().encodeToString(this.png)
				+ "\",\"x\":\"200\",\"y\":\"\",\"quality\":70,\"other\":{\"ignored\":[1,2]}}";

		try (JsonImage image = this.reader.read(request(body))) {
			assertThat(image.image().getBytes()).isEqualTo(this.png);
			assertThat(image.x()).isEqualTo(200);
			assertThat(image.y()).isNull();
			assertThat(image.quality()).isEqualTo(70);
		}
	}

	@Test
	void decodesADataUrlWrappedAndEscapedByAJsonEncoder() throws Exception {
		String mime = Base64.getMimeEncoder().encodeToString(this.png);
		String escaped = mime.replace("\r\n", "\\r\\n").replace("/", "\\/").replaceFirst("\\+", "\\\\u002B");
		String body = "{\"quality\":\"90\",\"img\":\"data:image/png;base64," + escaped + "\"}";

		try (JsonImage image = this.reader.read(request(body))) {
			assertThat(image.image().getBytes()).isEqualTo(this.png);
			assertThat(image.quality()).isEqualTo(90);
		}
	}

	@Test
	void removesItsTemporaryFilesWhenClosed() throws Exception {
		JsonImage image = this.reader
			.read(request("{\"img\":\"" + Base64.getEncoder().encodeToString(this.png) + "\"}"));
		image.close();

		assertThat(image.image().file()).doesNotExist();
		assertThat(image.body()).doesNotExist();
	}

	@Test
	void refusesWhatIsNotSeed001sBody() {
		String png64 = Base64.getEncoder().encodeToString(this.png);

		assertRefused("{\"img\": \"" + png64, 400, "not a JSON object");
		assertRefused("[\"" + png64 + "\"]", 400, "not a JSON object");
		assertRefused("{\"x\":\"10\"}", 400, "'img' is required");
		assertRefused("{\"img\":null}", 400, "'img' is required");
		assertRefused("{\"img\":42}", 400, "'img' must be a string");
		assertRefused("{\"img\":\"" + png64 + "\",\"x\":\"wide\"}", 400, "'x' is not a whole number");
		assertRefused("{\"img\":\"" + png64 + "\",\"y\":1.5}", 400, "'y' is not a whole number");
		assertRefused("{\"img\":\"data:image/png,plain\"}", 400, "base64 data URL");
		assertRefused("{\"img\":\"AAAAA=A\"}", 400, "not valid base64");
	}

	@Test
	void refusesABodyLargerThanABase64FileOfMaxFileSizeNeeds() {
		String big = "{\"img\":\"" + "A".repeat(200 * 1024) + "\"}";

		assertRefused(big, 413, "larger than");
		MockHttpServletRequest chunked = request(big);
		chunked.removeHeader("Content-Length");
		assertThatExceptionOfType(ErrorResponseException.class).isThrownBy(() -> this.reader.read(chunked))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(413));
	}

	private void assertRefused(String body, int status, String detail) {
		assertThatExceptionOfType(ErrorResponseException.class).as(body)
			.isThrownBy(() -> this.reader.read(request(body)))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(status);
				assertThat(ex.getBody().getDetail()).contains(detail);
			});
	}

	private static MockHttpServletRequest request(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/img");
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

}
