package io.mediaflow.media.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.mediaflow.common.messaging.AudioConverted;
import io.mediaflow.common.messaging.AudioOutput;
import io.mediaflow.common.messaging.FileFailed;
import io.mediaflow.common.messaging.ImagesStored;
import io.mediaflow.common.messaging.JpegOutput;
import io.mediaflow.common.messaging.JpegStored;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConverter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Result events a worker of the previous release queued (one record, type
 * {@code FileProcessed}, no type id header) are read with media-api's converter and
 * become the typed outcome they stood for.
 */
class LegacyFileProcessedTests {

	private final MessageConverter converter = new MessagingConfiguration().mediaflowMessageConverter();

	private final UUID taskId = UUID.randomUUID();

	private final UUID fileId = UUID.randomUUID();

	@Test
	void storedImagesBecomeImagesStored() {
		assertThat(read("\"succeeded\":true,\"outputs\":[\"a_original.jpg\",\"a_gray.jpg\"],\"error\":null"))
			.isEqualTo(new ImagesStored(this.taskId, this.fileId, List.of("a_original.jpg", "a_gray.jpg")));
	}

	@Test
	void anMp3BecomesAudioConverted() {
		assertThat(read("\"succeeded\":true,\"outputs\":[],\"audio\":{\"key\":\"audio/r.mp3\",\"sizeBytes\":10,"
				+ "\"durationMillis\":20}"))
			.isEqualTo(new AudioConverted(this.taskId, this.fileId, new AudioOutput("audio/r.mp3", 10, 20)));
	}

	@Test
	void aJpegBecomesJpegStored() {
		assertThat(read("\"succeeded\":true,\"outputs\":[],\"jpeg\":{\"key\":\"images/i.jpg\",\"sizeBytes\":10,"
				+ "\"width\":4,\"height\":3}"))
			.isEqualTo(new JpegStored(this.taskId, this.fileId, new JpegOutput("images/i.jpg", 10, 4, 3)));
	}

	@Test
	void aFailureBecomesFileFailed() {
		assertThat(read("\"succeeded\":false,\"outputs\":[],\"error\":\"Not an image\""))
			.isEqualTo(new FileFailed(this.taskId, this.fileId, "Not an image"));
	}

	private Object read(String fields) {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setType("FileProcessed");
		String json = "{\"schemaVersion\":1,\"taskId\":\"%s\",\"fileId\":\"%s\",%s}".formatted(this.taskId, this.fileId,
				fields);
		Object read = this.converter.fromMessage(new Message(json.getBytes(StandardCharsets.UTF_8), properties));
		return ((LegacyFileProcessed) read).outcome();
	}

}
