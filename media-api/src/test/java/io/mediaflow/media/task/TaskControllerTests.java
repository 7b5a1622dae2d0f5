package io.mediaflow.media.task;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.media.BearerTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Polling a task, downloading its zip and reading the history: what a client sees,
 * without a database.
 */
@WebMvcTest(controllers = TaskController.class,
		properties = { "spring.config.name=media-api",
				"mediaflow.jwt.secret=media-api-slice-tests-secret-0123456789abc" })
@Import(TaskStatuses.class)
class TaskControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtProperties jwt;

	@MockitoBean
	TaskRepository tasks;

	@MockitoBean
	ImageTaskRepository imageTasks;

	@MockitoBean
	TaskZipWriter zipWriter;

	private final UUID userId = UUID.randomUUID();

	private final UUID taskId = UUID.randomUUID();

	@Test
	void statusListsProgressAndTheOutputsOfFinishedFilesInSnakeCase() {
		given(this.tasks.findOwned(this.taskId, this.userId)).willReturn(Optional.of(task(TaskStatus.PARTIAL)));
		UUID doneId = UUID.randomUUID();
		given(this.tasks.files(this.taskId))
			.willReturn(List.of(new TaskFileRow(doneId, 0, MediaKind.AUDIO, "WAV", "talk.wav", "talk", "DONE", null),
					new TaskFileRow(UUID.randomUUID(), 1, MediaKind.IMAGE, "PNG", "bad.png", "bad", "FAILED",
							"Not a PNG")));

		MvcTestResult result = get("/status/" + this.taskId);

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.task_id").isEqualTo(this.taskId.toString());
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("PARTIAL");
		assertThat(result).bodyJson().extractingPath("$.progress.total").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.expires_at").isEqualTo("2026-01-08T00:00:00Z");
		assertThat(result).bodyJson().extractingPath("$.files[0].file_id").isEqualTo(doneId.toString());
		assertThat(result).bodyJson().extractingPath("$.files[0].outputs[0]").isEqualTo("talk.mp3");
		assertThat(result).bodyJson().extractingPath("$.files[1].outputs").asArray().isEmpty();
		assertThat(result).bodyJson().extractingPath("$.files[1].error").isEqualTo("Not a PNG");
	}

	@Test
	void aCanceledTaskShowsNoOutputsAndItsDownloadIsGone() {
		given(this.tasks.findOwned(this.taskId, this.userId)).willReturn(Optional.of(task(TaskStatus.CANCELED)));
		given(this.tasks.files(this.taskId)).willReturn(
				List.of(new TaskFileRow(UUID.randomUUID(), 0, MediaKind.IMAGE, "PNG", "a.png", "a", "DONE", null),
						new TaskFileRow(UUID.randomUUID(), 1, MediaKind.IMAGE, "PNG", "b.png", "b", "CANCELED",
								"The task was canceled")));

		MvcTestResult status = get("/status/" + this.taskId);
		MvcTestResult download = get("/task/" + this.taskId);

		assertThat(status).bodyJson().extractingPath("$.status").isEqualTo("CANCELED");
		assertThat(status).bodyJson().extractingPath("$.files[0].outputs").asArray().isEmpty();
		assertThat(status).bodyJson().extractingPath("$.files[1].status").isEqualTo("CANCELED");
		assertThat(download).hasStatus(HttpStatus.GONE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(download).bodyJson().extractingPath("$.title").isEqualTo("Task canceled");
		verifyNoInteractions(this.zipWriter);
	}

	@Test
	void someoneElsesOrAnUnknownTaskIsNotFound() {
		MvcTestResult result = get("/status/" + this.taskId);

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Task not found");
	}

	@Test
	void aTaskIdThatIsNotAUuidIsABadRequest() {
		MvcTestResult result = get("/status/not-a-uuid");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("'taskId' is not a valid id (a UUID)");
	}

	@Test
	void withoutCredentialsTheStatusIsUnauthorized() {
		MvcTestResult result = this.mvc.get().uri("/status/" + this.taskId).exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(this.tasks);
	}

	@Test
	void anUnfinishedTaskCannotBeDownloadedYet() {
		given(this.tasks.findOwned(this.taskId, this.userId)).willReturn(Optional.of(task(TaskStatus.PROCESSING)));

		MvcTestResult result = get("/task/" + this.taskId);

		assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).hasHeader("Retry-After", "2");
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Task not finished");
	}

	@Test
	void aFinishedTaskDownloadsAsAnAttachedZip() {
		given(this.tasks.findOwned(this.taskId, this.userId)).willReturn(Optional.of(task(TaskStatus.DONE)));

		MvcTestResult result = get("/task/" + this.taskId);

		assertThat(result).hasStatus(HttpStatus.OK).hasContentType("application/zip");
		assertThat(result).hasHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"task-" + this.taskId + ".zip\"");
		assertThat(result).hasHeader("X-Content-Type-Options", "nosniff");
	}

	@Test
	void historyIsPagedAndItsSizeCapped() {
		given(this.imageTasks.ofUser(this.userId, 200, 400)).willReturn(List.of(new ImageTaskRow(UUID.randomUUID(),
				this.taskId, "photo_rotated.jpg", Instant.parse("2026-01-01T00:00:00Z"))));
		given(this.imageTasks.countOfUser(this.userId)).willReturn(401L);

		MvcTestResult result = get("/history/" + this.userId + "?page=2&size=5000");

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.size").isEqualTo(200);
		assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(401);
		assertThat(result).bodyJson().extractingPath("$.items[0].img_link").isEqualTo("photo_rotated.jpg");
		assertThat(result).bodyJson().extractingPath("$.items[0].task_id").isEqualTo(this.taskId.toString());
	}

	@Test
	void anExpiredTaskIsGoneFromStatusAndDownload() {
		given(this.tasks.findOwned(this.taskId, this.userId)).willReturn(Optional.of(task(TaskStatus.EXPIRED)));

		for (String path : List.of("/status/" + this.taskId, "/task/" + this.taskId)) {
			MvcTestResult result = get(path);

			assertThat(result).hasStatus(HttpStatus.GONE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Task expired");
		}
		verifyNoInteractions(this.zipWriter);
	}

	@Test
	void anotherUsersHistoryIsForbidden() {
		MvcTestResult result = get("/history/" + UUID.randomUUID());

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("You can only read your own history");
		verifyNoInteractions(this.imageTasks);
	}

	private TaskRow task(TaskStatus status) {
		return new TaskRow(this.taskId, this.userId, status, 2, 1, 1, Instant.parse("2026-01-01T00:00:00Z"), null,
				Instant.parse("2026-01-08T00:00:00Z"));
	}

	private MvcTestResult get(String path) {
		return this.mvc.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, this.userId))
			.exchange();
	}

}
