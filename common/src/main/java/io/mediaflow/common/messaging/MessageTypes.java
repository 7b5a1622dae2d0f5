package io.mediaflow.common.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.DefaultJacksonJavaTypeMapper;
import org.springframework.amqp.support.converter.JacksonJavaTypeMapper.TypePrecedence;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;

/**
 * How messages name their record: the {@value #TYPE_ID_HEADER} header holds the record's
 * simple name, and the converter built here turns a message into that record (and back)
 * with {@link MessageCodec}'s JSON settings. A message without the header (sent before it
 * existed) is read by its AMQP {@code type} property, which has always held the same
 * name.
 */
public final class MessageTypes {

	public static final String TYPE_ID_HEADER = DefaultJacksonJavaTypeMapper.DEFAULT_CLASSID_FIELD_NAME;

	private static final List<Class<?>> RECORDS = List.of(ImageJobRequested.class, AudioJobRequested.class,
			JpegJobRequested.class, JobStarted.class, ImagesStored.class, AudioConverted.class, JpegStored.class,
			FileFailed.class);

	private MessageTypes() {
	}

	/** The type id of a message record. */
	public static String typeId(Object message) {
		return message.getClass().getSimpleName();
	}

	/**
	 * @param readOnly further type ids this receiver reads but never sends (older shapes
	 * of a message)
	 */
	public static MessageConverter converter(Map<String, Class<?>> readOnly) {
		Map<String, Class<?>> ids = new LinkedHashMap<>(readOnly);
		RECORDS.forEach((type) -> ids.put(type.getSimpleName(), type));
		DefaultJacksonJavaTypeMapper typeMapper = new DefaultJacksonJavaTypeMapper();
		typeMapper.setTypePrecedence(TypePrecedence.TYPE_ID);
		typeMapper.setIdClassMapping(ids);
		TypeIdFromTypeProperty converter = new TypeIdFromTypeProperty(MessageCodec.mapper());
		converter.setJavaTypeMapper(typeMapper);
		return converter;
	}

	public static MessageConverter converter() {
		return converter(Map.of());
	}

	private static final class TypeIdFromTypeProperty extends JacksonJsonMessageConverter {

		TypeIdFromTypeProperty(JsonMapper mapper) {
			super(mapper);
		}

		@Override
		public Object fromMessage(Message message, @Nullable Object conversionHint) throws MessageConversionException {
			MessageProperties properties = message.getMessageProperties();
			if (properties.getHeader(TYPE_ID_HEADER) == null && properties.getType() != null) {
				properties.setHeader(TYPE_ID_HEADER, properties.getType());
			}
			try {
				return super.fromMessage(message, conversionHint);
			}
			catch (IllegalArgumentException ex) {
				// a type id outside the mapping: unreadable like broken JSON
				throw new MessageConversionException("Not a Mediaflow message type", ex);
			}
		}

	}

}
