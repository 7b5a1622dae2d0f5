package io.mediaflow.media.idempotency;

import java.util.List;

import io.mediaflow.media.upload.CreatingPaths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The {@code Idempotency-Key} header of every creating POST, documented where the filter
 * reads it.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyApiDocs {

	private static final String DESCRIPTION = "Makes the request safe to repeat: a repeat by the same user with the "
			+ "same key within 24 hours answers the first response (same status, same ids, header Idempotent-Replayed: "
			+ "true) and stores nothing new. The same key with a different request (other files, fields or path) is 422. "
			+ "Only a successful answer is kept: after a refusal the key can be used again. 1-255 characters, e.g. a UUID.";

	@Bean
	OperationCustomizer idempotencyKeyHeader() {
		return (operation, handler) -> {
			PostMapping post = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PostMapping.class);
			if (post == null || !CreatingPaths.anyOf(post.path()) || operation.getResponses() == null) {
				return operation;
			}
			operation.addParametersItem(new Parameter().in("header")
				.name(IdempotencyFilter.HEADER)
				.required(false)
				.description(DESCRIPTION)
				.schema(new StringSchema().maxLength(IdempotencyFilter.MAX_KEY_LENGTH)
					.example("4f1c2a9e-8d1b-4a57-9c3e-2b6f0e7d5a10")));
			operation.getResponses().forEach((status, response) -> {
				if (status.startsWith("2")) {
					response.addHeaderObject(IdempotencyFilter.REPLAYED_HEADER,
							new Header()
								.description("true when this is the stored answer to an earlier request with the same "
										+ "Idempotency-Key")
								.schema(new StringSchema()._enum(List.of("true"))));
				}
			});
			operation.getResponses()
				.addApiResponse("409", new ApiResponse().description("The first request with this Idempotency-Key is "
						+ "still running after 10 s; repeat it after Retry-After seconds"));
			ApiResponse unprocessable = operation.getResponses().get("422");
			String reused = "the Idempotency-Key was used for a different request";
			operation.getResponses()
				.addApiResponse("422", new ApiResponse().description(
						(unprocessable != null) ? unprocessable.getDescription() + "; or " + reused : "The " + reused));
			return operation;
		};
	}

}
