package io.mediaflow.media.cancel;

import java.util.UUID;

import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.media.BearerTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * {@code DELETE /task/{task_id}} as a client sees it, without a database.
 */
@WebMvcTest(controllers = CancelController.class, properties = { "spring.config.name=media-api",
		"mediaflow.jwt.secret=media-api-slice-tests-secret-0123456789abc" })
class CancelControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtProperties jwt;

	@MockitoBean
	TaskCancellation cancellation;

	private final UUID userId = UUID.randomUUID();

	private final UUID taskId = UUID.randomUUID();

	@Test
	void cancelingATaskIsAcceptedWithItsStatusUrl() {
		MvcTestResult result = delete("/task/" + this.taskId);

		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		assertThat(result).bodyJson().extractingPath("$.task_id").isEqualTo(this.taskId.toString());
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("CANCELED");
		assertThat(result).bodyJson()
			.extractingPath("$.status_url")
			.isEqualTo("http://localhost/status/" + this.taskId);
		verify(this.cancellation).cancel(this.taskId, this.userId);
	}

	@Test
	void someoneElsesOrAnUnknownTaskIsNotFound() {
		willThrow(CancelProblems.notFound(this.taskId)).given(this.cancellation).cancel(this.taskId, this.userId);

		MvcTestResult result = delete("/task/" + this.taskId);

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Task not found");
	}

	@Test
	void aFinishedTaskIsAConflict() {
		willThrow(CancelProblems.alreadyFinished(this.taskId, "DONE")).given(this.cancellation)
			.cancel(this.taskId, this.userId);

		MvcTestResult result = delete("/task/" + this.taskId);

		assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("is DONE");
	}

	@Test
	void aTaskIdThatIsNotAUuidIsABadRequestAndCancelsNothing() {
		MvcTestResult result = delete("/task/not-a-uuid");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(this.cancellation);
	}

	@Test
	void withoutCredentialsItIsUnauthorized() {
		MvcTestResult result = this.mvc.delete().uri("/task/" + this.taskId).exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
		verifyNoInteractions(this.cancellation);
	}

	private MvcTestResult delete(String path) {
		return this.mvc.delete()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, BearerTokens.of(this.jwt, this.userId))
			.exchange();
	}

}
