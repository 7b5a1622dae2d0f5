package io.mediaflow.common.problem;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;

/**
 * Builds every problem document the services send, so that a kind of error always has the
 * same type, title and status, and invalid fields are always named as on the wire.
 */
public final class Problems {

	/** The property listing invalid fields: snake_case field name to message. */
	public static final String ERRORS = "errors";

	private Problems() {
	}

	public static ProblemDetail of(ProblemType type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		return problem;
	}

	/** To throw from a controller; Spring MVC answers it as the problem it holds. */
	public static ErrorResponseException exception(ProblemType type, String detail) {
		return new ErrorResponseException(type.status(), of(type, detail), null);
	}

	/**
	 * {@link ProblemType#INVALID_REQUEST} with one message per invalid field (the first
	 * when a field has several) under {@value #ERRORS}.
	 */
	public static ProblemDetail invalidFields(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(snakeCase(error.getField()), String.valueOf(error.getDefaultMessage()));
		}
		result.getGlobalErrors()
			.forEach((error) -> errors.putIfAbsent(error.getObjectName(), String.valueOf(error.getDefaultMessage())));
		return invalidFields(errors);
	}

	/** {@link ProblemType#INVALID_REQUEST} for fields already named as on the wire. */
	public static ProblemDetail invalidFields(Map<String, String> errors) {
		ProblemDetail problem = of(ProblemType.INVALID_REQUEST,
				"Some fields are missing or invalid: " + String.join(", ", errors.keySet()));
		problem.setProperty(ERRORS, errors);
		return problem;
	}

	/** A Java property name as the JSON naming strategy of the services writes it. */
	public static String snakeCase(String field) {
		return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}
