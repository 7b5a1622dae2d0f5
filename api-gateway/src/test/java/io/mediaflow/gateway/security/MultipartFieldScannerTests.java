package io.mediaflow.gateway.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

	private static Map<String, String> scan(String body) throws IOException {
		return MultipartFieldScanner.scan(new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)), "b",
				CREDENTIALS);
	}

	private static String part(String name, String fileName, String content) {
		return "--b\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ ((fileName != null) ? "; filename=\"" + fileName + "\"" : "") + "\r\n\r\n" + content + "\r\n";
	}

}
