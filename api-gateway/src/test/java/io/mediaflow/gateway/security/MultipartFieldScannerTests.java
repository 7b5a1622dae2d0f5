package io.mediaflow.gateway.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class MultipartFieldScannerTests {

	private static final Set<String> CREDENTIALS = Set.of("user_id", "access_token");

	@Test
	void findsFieldsBeforeTheFirstFileWhateverComesBetween() throws IOException {
		String body = part("note", null, "x".repeat(20_000) + "\r\n--almost") + part("user_id", null, "u-1")
				+ part("access_token", null, " t-1 ") + part("record", "a.wav", "RIFF....") + "--b--\r\n";

		assertThat(scan(body)).containsEntry("user_id", "u-1").containsEntry("access_token", "t-1");
	}

	@Test
	void stopsAtTheFirstFile() throws IOException {
		String body = part("user_id", null, "u-1") + part("record", "a.wav", "RIFF....")
				+ part("access_token", null, "t-1") + "--b--\r\n";

		assertThat(scan(body)).containsOnlyKeys("user_id");
	}

	@Test
	void aFileNamedWithFilenameStarIsAFileToo() throws IOException {
		String body = "--b\r\ncontent-disposition: form-data; name=\"record\"; filename*=UTF-8''a.wav\r\n\r\nRIFF\r\n"
				+ part("user_id", null, "u-1") + "--b--\r\n";

		assertThat(scan(body)).isEmpty();
	}

	@Test
	void readsHeaderNamesWhateverTheirCaseAndIgnoresFieldsNotWanted() throws IOException {
		String body = "--b\r\nCONTENT-DISPOSITION: form-data; name=\"user_id\"\r\nContent-Type: text/plain\r\n\r\nu-1\r\n"
				+ part("password", null, "secret") + part("access_token", null, "t-1") + "--b--\r\n";

		assertThat(scan(body)).containsOnly(entry("user_id", "u-1"), entry("access_token", "t-1"));
	}

	@Test
	void keepsAtMostTheFirst256BytesOfAValue() throws IOException {
		String body = part("user_id", null, "u".repeat(10_000)) + part("access_token", null, "t-1") + "--b--\r\n";

		Map<String, String> fields = scan(body);

		assertThat(fields.get("user_id")).hasSize(256);
		assertThat(fields).containsEntry("access_token", "t-1");
	}

	@Test
	void returnsWhatItFoundWhenTheBodyEndsFirst() throws IOException {
		assertThat(scan(part("user_id", null, "u-1") + "--b--\r\n")).containsOnlyKeys("user_id");
		assertThat(scan(part("user_id", null, "u-1") + "--b\r\nContent-Disposition: form-da"))
			.containsOnlyKeys("user_id");
		assertThat(scan(part("user_id", null, "u-1").substring(0, 50))).isEmpty();
	}

	@Test
	void findsNothingInABodyWithoutTheBoundaryOrWithOversizedHeaders() throws IOException {
		assertThat(scan(part("user_id", null, "u-1").replace("--b", "--other"))).isEmpty();
		String hugeHeaders = "--b\r\nX-Padding: " + "p".repeat(9_000)
				+ "\r\nContent-Disposition: form-data; name=\"user_id\"" + "\r\n\r\nu-1\r\n--b--\r\n";
		assertThat(scan(hugeHeaders)).isEmpty();
	}

	private static Map<String, String> scan(String body) throws IOException {
		return MultipartFieldScanner.scan(new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)), "b",
				CREDENTIALS);
	}

	private static String part(String name, String fileName, String content) {
		return "--b\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ ((fileName != null) ? "; filename=\"" + fileName + "\"" : "") + "\r\n\r\n" + content + "\r\n";
	}

}
