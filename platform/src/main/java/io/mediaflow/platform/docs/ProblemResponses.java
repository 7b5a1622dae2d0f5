package io.mediaflow.platform.docs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.http.HttpStatus;

/**
 * Every error is answered with an RFC 9457 problem document: gives each error response
 * (4xx, 5xx, and any response declared as {@code application/problem+json}) the
 * {@value #SCHEMA} schema and an example, every operation the 503 the gateway answers
 * while the service is down, and, for services whose every route needs credentials, the
 * 401 of missing or wrong ones. Shared by auth-service and media-api.
 */
public final class ProblemResponses implements OpenApiCustomizer {

	public static final String SCHEMA = "ProblemDetail";

	public static final String MEDIA_TYPE = "application/problem+json";

	private final boolean openapi31;

	private final @Nullable String unauthorized;

	/**
	 * @param unauthorized what a 401 on every operation means, or null when the routes
	 * need no credentials
	 */
	public ProblemResponses(boolean openapi31, @Nullable String unauthorized) {
		this.openapi31 = openapi31;
		this.unauthorized = unauthorized;
	}

	@Override
	public void customise(OpenAPI openApi) {
		ModelConverters.getInstance(this.openapi31)
			.readAll(new AnnotatedType(Problem.class))
			.forEach(openApi.getComponents()::addSchemas);
		if (openApi.getPaths() != null) {
			openApi.getPaths().values().forEach((item) -> item.readOperations().forEach(this::describeProblems));
		}
	}

	private void describeProblems(Operation operation) {
		ApiResponses responses = operation.getResponses();
		if (this.unauthorized != null) {
			responses.computeIfAbsent("401", (code) -> new ApiResponse().description(this.unauthorized)
				.addHeaderObject("WWW-Authenticate", new Header().description("Bearer").schema(string())));
		}
		responses.computeIfAbsent("503",
				(code) -> new ApiResponse()
					.description("The service is not reachable right now (the gateway answers); try again after "
							+ "Retry-After seconds")
					.addHeaderObject("Retry-After", retryAfter()));
		responses.forEach((code, response) -> {
			if (isProblem(code, response)) {
				response.setContent(problemContent(code, response));
			}
		});
	}

	private static boolean isProblem(String code, ApiResponse response) {
		boolean declared = response.getContent() != null && response.getContent().containsKey(MEDIA_TYPE);
		return code.matches("\\d{3}") && (declared || Integer.parseInt(code) >= 400);
	}

	private Content problemContent(String code, ApiResponse response) {
		MediaType declared = (response.getContent() != null) ? response.getContent().get(MEDIA_TYPE) : null;
		MediaType problem = new MediaType().schema(new Schema<>().$ref(SCHEMA));
		if (declared != null && declared.getExamples() != null) {
			problem.setExamples(declared.getExamples());
		}
		else if (declared != null && declared.getExample() != null) {
			problem.setExample(declared.getExample());
		}
		else {
			problem.setExample(example(code, response.getDescription()));
		}
		return new Content().addMediaType(MEDIA_TYPE, problem);
	}

	private static Map<String, Object> example(String code, @Nullable String description) {
		int status = Integer.parseInt(code);
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", "about:blank");
		example.put("title", (known != null) ? known.getReasonPhrase() : "Error");
		example.put("status", status);
		example.put("detail", (description != null) ? description : "");
		return example;
	}

	private Header retryAfter() {
		return new Header().description("Seconds to wait before trying again").schema(typed("integer"));
	}

	private Schema<Object> string() {
		return typed("string");
	}

	private Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>().type(type);
		if (this.openapi31) {
			schema.types(Set.of(type));
		}
		return schema;
	}

}
