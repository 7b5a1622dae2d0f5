package io.mediaflow.common.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every message travels as its record under its simple name, and comes back as the same
 * record; messages sent before the type id header existed are read by their AMQP type.
 */
class MessageTypesTests {

	private final MessageConverter converter = MessageTypes.converter();

	private final UUID taskId = UUID.randomUUID();

	private final UUID fileId = UUID.randomUUID();

	@Test
	void everyMessageComesBackAsTheRecordItWasSentAs() {
		List<Object> messages = List.of(
				new ImageJobRequested(this.taskId, this.fileId, "originals/a.png", "a", ImageFormat.PNG),
				new AudioJobRequested(this.taskId, this.fileId, UUID.randomUUID(), "originals/b.wav"),
				new JpegJobRequested(this.taskId, this.fileId, UUID.randomUUID(), "originals/c.png", ImageFormat.PNG,
						200, null, 85),
				new JobStarted(this.taskId, this.fileId),
				new ImagesStored(this.taskId, this.fileId, List.of("a_original.png", "a_rotated.png")),
				new AudioConverted(this.taskId, this.fileId, new AudioOutput("audio/b.mp3", 1200, 3000)),
				new JpegStored(this.taskId, this.fileId, new JpegOutput("images/c.jpg", 900, 200, 100)),
				new FileFailed(this.taskId, this.fileId, "Not an image"));

		for (Object sent : messages) {
			Message message = this.converter.toMessage(sent, new MessageProperties());

			assertThat(message.getMessageProperties().<String>getHeader(MessageTypes.TYPE_ID_HEADER))
				.isEqualTo(sent.getClass().getSimpleName());
			assertThat(this.converter.fromMessage(message)).isEqualTo(sent);
		}
	}

	@Test
	void anOutcomeIsReadAsItsOwnKindOfFileProcessed() {
		Message message = this.converter.toMessage(new FileFailed(this.taskId, this.fileId, "Not an image"),
				new MessageProperties());

		FileProcessed outcome = (FileProcessed) this.converter.fromMessage(message);

		assertThat(outcome).isInstanceOf(FileFailed.class);
		assertThat(outcome.succeeded()).isFalse();
		assertThat(message.getBody()).asString(StandardCharsets.UTF_8).doesNotContain("succeeded");
	}

	@Test
	void aJobQueuedBeforeTheTypeIdHeaderIsReadByItsAmqpType() {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setType("ImageJobRequested");
		String json = """
				{"schemaVersion":1,"taskId":"%s","fileId":"%s","sourceKey":"originals/a.jpg","baseName":"a",
				"format":"JPEG"}""".formatted(this.taskId, this.fileId);

		Object job = this.converter.fromMessage(new Message(json.getBytes(StandardCharsets.UTF_8), properties));

		assertThat(job)
			.isEqualTo(new ImageJobRequested(this.taskId, this.fileId, "originals/a.jpg", "a", ImageFormat.JPEG));
	}

	@Test
	void unknownFieldsFromANewerSenderAreIgnored() {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setHeader(MessageTypes.TYPE_ID_HEADER, "JobStarted");
		String json = """
				{"schemaVersion":1,"taskId":"%s","fileId":"%s","worker":"w-7"}""".formatted(this.taskId, this.fileId);

		assertThat(this.converter.fromMessage(new Message(json.getBytes(StandardCharsets.UTF_8), properties)))
			.isEqualTo(new JobStarted(this.taskId, this.fileId));
	}

	@Test
	void aMessageOfAnUnknownTypeOrBrokenJsonIsAConversionFailure() {
		MessageProperties unknown = new MessageProperties();
		unknown.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		unknown.setHeader(MessageTypes.TYPE_ID_HEADER, "java.io.File");
		MessageProperties broken = new MessageProperties();
		broken.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		broken.setHeader(MessageTypes.TYPE_ID_HEADER, "JobStarted");

		assertThatExceptionOfType(MessageConversionException.class)
			.isThrownBy(() -> this.converter.fromMessage(new Message("{}".getBytes(StandardCharsets.UTF_8), unknown)));
		assertThatExceptionOfType(MessageConversionException.class).isThrownBy(
				() -> this.converter.fromMessage(new Message("{not json".getBytes(StandardCharsets.UTF_8), broken)));
	}

}
