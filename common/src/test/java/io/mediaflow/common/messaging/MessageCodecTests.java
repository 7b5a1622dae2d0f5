package io.mediaflow.common.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Messages travel as JSON with the records' field names; a receiver ignores fields it
 * does not know and refuses bytes that are not its message.
 */
class MessageCodecTests {

	private final UUID taskId = UUID.randomUUID();

	private final UUID fileId = UUID.randomUUID();

	@Test
	void encodesWithTheRecordsFieldNamesAndDecodesBack() {
		JobStarted message = new JobStarted(this.taskId, this.fileId);

		String json = MessageCodec.encode(message);

		assertThat(json)
			.isEqualTo("{\"schemaVersion\":1,\"taskId\":\"" + this.taskId + "\",\"fileId\":\"" + this.fileId + "\"}");
		assertThat(MessageCodec.decode(json.getBytes(StandardCharsets.UTF_8), JobStarted.class)).isEqualTo(message);
	}

	@Test
	void ignoresFieldsANewerSenderAdds() {
		String json = "{\"schemaVersion\":2,\"taskId\":\"" + this.taskId + "\",\"fileId\":\"" + this.fileId
				+ "\",\"priority\":\"high\"}";

		JobStarted decoded = MessageCodec.decode(json.getBytes(StandardCharsets.UTF_8), JobStarted.class);

		assertThat(decoded.schemaVersion()).isEqualTo(2);
		assertThat(decoded.taskId()).isEqualTo(this.taskId);
	}

	@Test
	void refusesBytesThatAreNotTheMessage() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCodec.decode("not json".getBytes(StandardCharsets.UTF_8), JobStarted.class))
			.withMessage("Not a valid JobStarted message");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageCodec
			.decode("{\"taskId\":\"not-a-uuid\"}".getBytes(StandardCharsets.UTF_8), JobStarted.class));
	}

}
