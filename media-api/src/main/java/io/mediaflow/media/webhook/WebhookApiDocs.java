package io.mediaflow.media.webhook;

import io.mediaflow.media.upload.CreatingPaths;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The {@code notify_url} of every creating POST, documented where the interceptor reads
 * it, and the Webhooks tag.
 */
@Configuration(proxyBeanMethods = false)
class WebhookApiDocs {

	private static final String DESCRIPTION = "Where to POST the task's final status (the body of GET /status/{task_id}) "
			+ "when it ends DONE, PARTIAL, FAILED or CANCELED, signed with X-Mediaflow-Signature: sha256=<hex HMAC-SHA256 "
			+ "of the body keyed with GET /users/me/webhook-secret>. Query parameter or form field. An absolute http(s) "
			+ "URL whose host resolves to public addresses only.";

	@Bean
	OperationCustomizer notifyUrlParameter() {
		return (operation, handler) -> {
			PostMapping post = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PostMapping.class);
			if (post != null && CreatingPaths.anyOf(post.path())) {
				operation.addParametersItem(new Parameter().in("query")
					.name(NotifyUrlInterceptor.PARAMETER)
					.required(false)
					.description(DESCRIPTION)
					.schema(new StringSchema().format("uri").example("https://example.com/hooks/mediaflow")));
				ApiResponse refused = new ApiResponse()
					.description("notify_url is not an absolute http(s) URL (400), or resolves to a loopback, "
							+ "private, link-local or multicast address (422)");
				if (operation.getResponses() != null && !operation.getResponses().containsKey("422")) {
					operation.getResponses().addApiResponse("422", refused);
				}
			}
			return operation;
		};
	}

	@Bean
	OpenApiCustomizer webhooksTag() {
		return (openApi) -> openApi.addTagsItem(new Tag().name("Webhooks")
			.description("Completion callbacks: the signing secret of the notify_url callbacks"));
	}

}
