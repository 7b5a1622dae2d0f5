package io.mediaflow.media.progress;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.mediaflow.media.task.TaskStatus;
import io.mediaflow.media.task.TaskStatusResponse;
import io.mediaflow.media.task.TaskStatusResponse.Progress;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushes reach a stream from several threads, so a status read earlier may arrive after a
 * newer one: the client must never see progress go back.
 */
class ProgressStreamTests {

	private final UUID taskId = UUID.randomUUID();

	private final RecordingEmitter emitter = new RecordingEmitter();

	private final ProgressStream stream = new ProgressStream(this.taskId, UUID.randomUUID(), "http://localhost",
			this.emitter, JsonMapper.builder().findAndAddModules().build());

	@Test
	void aStatusReadBeforeTheOneLastSentIsDropped() throws IOException {
		this.stream.push(status(TaskStatus.PROCESSING, 2), 2);
		this.stream.push(status(TaskStatus.PROCESSING, 1), 1);
		this.stream.push(status(TaskStatus.PROCESSING, 3), 3);

		assertThat(this.emitter.doneCounts()).containsExactly(2, 3);
	}

	@Test
	void aStatusWithFewerFinishedFilesIsDroppedEvenWhenReadLater() throws IOException {
		this.stream.push(status(TaskStatus.PROCESSING, 2), 1);
		this.stream.push(status(TaskStatus.PROCESSING, 1), 2);

		assertThat(this.emitter.doneCounts()).containsExactly(2);
	}

	@Test
	void theFinalStatusEndsTheStream() throws IOException {
		assertThat(this.stream.push(status(TaskStatus.PROCESSING, 1), 1)).isFalse();
		assertThat(this.stream.push(status(TaskStatus.DONE, 4), 2)).isTrue();
		assertThat(this.stream.push(status(TaskStatus.DONE, 4), 3)).isTrue();

		assertThat(this.emitter.events).containsExactly("status:1", "status:4", "end:4");
		assertThat(this.emitter.completed).isTrue();
	}

	private TaskStatusResponse status(TaskStatus status, int done) {
		return new TaskStatusResponse(this.taskId, status, new Progress(4, done, 0), Instant.EPOCH, null, null,
				List.of(), "http://localhost/task/" + this.taskId, null);
	}

	/** Keeps what was sent, by event name and done count. */
	private static final class RecordingEmitter extends SseEmitter {

		private final List<String> events = new ArrayList<>();

		private boolean completed;

		@Override
		public void send(SseEventBuilder builder) {
			Set<DataWithMediaType> parts = builder.build();
			String text = parts.stream().map((part) -> String.valueOf(part.getData())).reduce("", String::concat);
			String name = text.contains("event:end") ? "end" : "status";
			int at = text.indexOf("\"done\":") + "\"done\":".length();
			this.events.add(name + ":" + text.substring(at, text.indexOf(',', at)));
		}

		@Override
		public void complete() {
			this.completed = true;
		}

		List<Integer> doneCounts() {
			return this.events.stream()
				.filter((event) -> event.startsWith("status:"))
				.map((event) -> Integer.parseInt(event.substring("status:".length())))
				.toList();
		}

	}

}
