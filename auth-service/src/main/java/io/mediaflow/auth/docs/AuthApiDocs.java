package io.mediaflow.auth.docs;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.mediaflow.platform.docs.ProblemResponses;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.providers.ObjectMapperProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * springdoc's view of auth-service. The spec is served at {@code /v3/api-docs} and,
 * through the gateway, at {@code /v3/api-docs/auth-service}.
 */
@Configuration(proxyBeanMethods = false)
class AuthApiDocs {

	@Bean
	OpenAPI authServiceOpenApi() {
		return new OpenAPI().info(new Info().title("Mediaflow accounts (auth-service)").version("v1").description("""
				Registration and login with a password (answering a bearer JWT), and name-only users \
				with a UUID access token. Reached through the gateway; these routes need no credentials. \
				JSON field names are snake_case; every error is an RFC 9457 problem document."""))
			.servers(List.of(new Server().url("/").description("the gateway that serves this document")))
			.tags(List
				.of(new Tag().name("Accounts").description("Users, passwords and the credentials media routes take")))
			.components(new Components());
	}

	/**
	 * The JSON is snake_case (spring.jackson.property-naming-strategy); springdoc reads
	 * models with its own mapper.
	 */
	@Bean
	ModelResolver snakeCaseModelResolver(ObjectMapperProvider mappers) {
		ObjectMapper mapper = mappers.jsonMapper().copy();
		mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
		return new ModelResolver(mapper).openapi31(mappers.isOpenapi31());
	}

	@Bean
	OpenApiCustomizer problemResponses(ObjectMapperProvider mappers) {
		return new ProblemResponses(mappers.isOpenapi31(), null);
	}

}
