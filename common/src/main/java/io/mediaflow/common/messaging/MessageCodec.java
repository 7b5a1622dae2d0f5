package io.mediaflow.common.messaging;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of messages: field names as in the records, unknown fields ignored so
 * that a newer sender does not break an older receiver. Independent of any service's web
 * JSON settings.
 */
public final class MessageCodec {

	private static final JsonMapper mapper = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private MessageCodec() {
	}

	static JsonMapper mapper() {
		return mapper;
	}

	public static String encode(Object message) {
		return mapper.writeValueAsString(message);
	}

	/**
	 * @throws IllegalArgumentException when the bytes are not a valid message of that
	 * type
	 */
	public static <T> T decode(byte[] body, Class<T> type) {
		try {
			return mapper.readValue(body, type);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Not a valid " + type.getSimpleName() + " message", ex);
		}
	}

}
