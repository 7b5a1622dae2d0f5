package io.mediaflow.common.problem;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one error model: a stable type URI per kind, and invalid fields named as on the
 * wire.
 */
class ProblemsTests {

	@Test
	void aProblemCarriesTheTypeTitleAndStatusOfItsKind() {
		ProblemDetail problem = Problems.of(ProblemType.TASK_NOT_FOUND, "There is no task 7 of yours");

		assertThat(problem.getType()).hasToString("https://mediaflow.io/problems/task-not-found");
		assertThat(problem.getTitle()).isEqualTo("Task not found");
		assertThat(problem.getStatus()).isEqualTo(404);
		assertThat(problem.getDetail()).isEqualTo("There is no task 7 of yours");
	}

	@Test
	void anExceptionAnswersWithTheStatusOfItsKind() {
		ErrorResponseException ex = Problems.exception(ProblemType.STORED_FILE_MISSING, "gone");

		assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(ex.getBody().getType()).hasToString("https://mediaflow.io/problems/stored-file-missing");
	}

	@Test
	void everyKindHasItsOwnTypeUri() {
		assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri)).doesNotHaveDuplicates()
			.allSatisfy((uri) -> assertThat(uri.toString()).matches("https://mediaflow\\.io/problems/[a-z-]+"));
	}

	@Test
	void invalidFieldsAreNamedSnakeCaseWithTheirFirstMessage() {
		BindingResult result = new BeanPropertyBindingResult(new Registration(), "registration");
		result.rejectValue("userName", "size", "too short");
		result.rejectValue("userName", "pattern", "must start with a letter");
		result.rejectValue("email", "email", "must be a valid e-mail address");

		ProblemDetail problem = Problems.invalidFields(result);

		assertThat(problem.getType()).hasToString("https://mediaflow.io/problems/invalid-request");
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getDetail()).isEqualTo("Some fields are missing or invalid: user_name, email");
		assertThat(problem.getProperties()).containsEntry(Problems.ERRORS,
				Map.of("user_name", "too short", "email", "must be a valid e-mail address"));
	}

	@Test
	void propertyNamesBecomeSnakeCase() {
		assertThat(Problems.snakeCase("accessToken")).isEqualTo("access_token");
		assertThat(Problems.snakeCase("emailOrUserName")).isEqualTo("email_or_user_name");
		assertThat(Problems.snakeCase("x")).isEqualTo("x");
	}

	static class Registration {

		private String userName = "";

		private String email = "";

		public String getUserName() {
			return this.userName;
		}

		public String getEmail() {
			return this.email;
		}

	}

}
