package io.mediaflow.standalone.deployment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dotenv file as Docker Compose reads it: {@code NAME=value} lines, {@code #} comments.
 */
record EnvFile(String path, Map<String, String> values) {

	static EnvFile load(String path) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : RepositoryFiles.read(path).split("\n")) {
			String trimmed = line.strip();
			int equals = trimmed.indexOf('=');
			if (!trimmed.isEmpty() && !trimmed.startsWith("#") && equals > 0) {
				values.put(trimmed.substring(0, equals).strip(), trimmed.substring(equals + 1).strip());
			}
		}
		return new EnvFile(path, values);
	}

}
