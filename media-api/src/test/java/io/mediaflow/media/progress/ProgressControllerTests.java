package io.mediaflow.media.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.media.BearerTokens;
import io.mediaflow.media.task.MediaKind;
import io.mediaflow.media.task.TaskFileRow;
import io.mediaflow.media.task.TaskRepository;
import io.mediaflow.media.task.TaskRow;
import io.mediaflow.media.task.TaskStatus;
import io.mediaflow.media.task.TaskStatuses;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * {@code GET /status/{task_id}/events}: a finished task's stream is its status and the
 * end; an unknown task is a 404 problem and an expired one 410, not a stream.
 */
@WebMvcTest(controllers = ProgressController.class,
		properties = { "spring.config.name=media-api",
				"mediaflow.jwt.secret=media-api-slice-tests-secret-0123456789abc" })
@Import({ ProgressHub.class, TaskStatuses.class })
@EnableConfigurationProperties(ProgressProperties.class)
class ProgressControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtProperties jwt;

	@Autowired
	ProgressHub hub;

	@MockitoBean
	TaskRepository tasks;

	private final UUID userId = UUID.randomUUID();

	private final UUID taskId = UUID.randomUUID();

	@Test
	void aFinishedTaskStreamsItsStatusAndTheEndThenCloses() throws Exception {
		given(this.tasks.findOwned(this.taskId, this.userId)).willReturn(Optional.of(new TaskRow(this.taskId,
				this.userId, TaskStatus.DONE, 1, 1, 0, Instant.parse("2026-01-01T00:00:00Z"), Instant.now(), null)));
		given(this.tasks.files(this.taskId)).willReturn(List
			.of(new TaskFileRow(UUID.randomUUID(), 0, MediaKind.AUDIO, "WAV", "talk.wav", "talk", "DONE", null)));

		MvcTestResult result = events(this.taskId);

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).hasContentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM);
		String body = result.getResponse().getContentAsString();
		assertThat(body).startsWith("event:status\ndata:{\"task_id\":\"" + this.taskId + "\",\"status\":\"DONE\"");
		assertThat(body).contains("\n\nevent:end\ndata:{").contains("\"outputs\":[\"talk.mp3\"]");
		assertThat(this.hub.openStreams()).isZero();
	}

	@Test
	void anUnknownTaskIsANotFoundProblem() {
		MvcTestResult result = events(UUID.randomUUID());

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Task not found");
	}

	@Test
	void anExpiredTaskIsGoneAndLeavesNoStreamOpen() {
		given(this.tasks.findOwned(this.taskId, this.userId)).willReturn(Optional.of(new TaskRow(this.taskId,
				this.userId, TaskStatus.EXPIRED, 1, 1, 0, Instant.parse("2026-01-01T00:00:00Z"), Instant.now(), null)));

		MvcTestResult result = events(this.taskId);

		assertThat(result).hasStatus(HttpStatus.GONE);
		assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.hub.openStreams()).isZero();
	}

	private MvcTestResult events(UUID taskId) {
		return this.mvc.get()
			.uri("/status/" + taskId + "/events")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, this.userId))
			.exchange();
	}

}
