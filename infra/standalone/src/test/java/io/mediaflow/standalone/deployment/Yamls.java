package io.mediaflow.standalone.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Casts for values of a parsed YAML document, failing with the path of a value of an
 * unexpected shape.
 */
final class Yamls {

	private Yamls() {
	}

	static Map<String, Object> map(Object value, String path) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new AssertionError(path + " should be a mapping, is " + value);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		map.forEach((key, entry) -> result.put(String.valueOf(key), (entry != null) ? entry : ""));
		return result;
	}

	static List<?> list(Object value, String path) {
		if (!(value instanceof List<?> list)) {
			throw new AssertionError(path + " should be a sequence, is " + value);
		}
		return list;
	}

}
