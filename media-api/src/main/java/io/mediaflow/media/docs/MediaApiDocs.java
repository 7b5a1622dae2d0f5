package io.mediaflow.media.docs;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.mediaflow.platform.docs.ProblemResponses;
import io.mediaflow.common.security.AuthenticatedUser;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * springdoc's view of media-api. The spec is served at {@code /v3/api-docs} and, through
 * the gateway, at {@code /v3/api-docs/media-api}. Every operation takes either
 * credential: the gateway checks a user id + access token pair and forwards a JWT
 * instead, so media-api itself only verifies bearer JWTs.
 */
@Configuration(proxyBeanMethods = false)
class MediaApiDocs {

	private static final String UNAUTHORIZED = "No credentials; a forged, unsigned (alg: none) or expired JWT; or a "
			+ "wrong user id + access token pair, or one with someone else's token";

	static final String BEARER = "bearer";

	static final String USER_ID_HEADER = "user_id_header";

	static final String ACCESS_TOKEN_HEADER = "access_token_header";

	static final String USER_ID_QUERY = "user_id_query";

	static final String ACCESS_TOKEN_QUERY = "access_token_query";

	static {
		// the caller comes from the Authorization header, not a parameter; downloads
		// stream binary bodies
		SpringDocUtils.getConfig()
			.addRequestWrapperToIgnore(AuthenticatedUser.class)
			.replaceWithSchema(StreamingResponseBody.class, new BinarySchema());
	}

	@Bean
	OpenAPI mediaApiOpenApi() {
		return new OpenAPI().info(new Info().title("Mediaflow media (media-api)").version("v1").description("""
				Upload JPEG/PNG images and WAV recordings, poll the task, download the results: a zip of \
				original, rotated, gray and scaled images (and MP3s) per task, single MP3 records, and \
				single images stored as JPEG. Every route needs credentials, either a bearer JWT from \
				/login or the pair user_id + access_token from /users (headers X-User-Id and X-Access-Token, \
				query parameters, or form fields next to the files). JSON field names are snake_case; \
				every error is an RFC 9457 problem document."""))
			.servers(List.of(new Server().url("/").description("the gateway that serves this document")))
			.tags(List.of(
					new Tag().name("Uploads and tasks")
						.description("Image and audio uploads, status, results, history"),
					new Tag().name("Records").description("WAV to MP3, one recording at a time (seeds 002/003)"),
					new Tag().name("Images").description("One image stored as a JPEG (seeds 000/001)")))
			.components(new Components().addSecuritySchemes(BEARER, bearer())
				.addSecuritySchemes(USER_ID_HEADER, apiKey(SecurityScheme.In.HEADER, "X-User-Id", "The user's id"))
				.addSecuritySchemes(ACCESS_TOKEN_HEADER,
						apiKey(SecurityScheme.In.HEADER, "X-Access-Token", "The user's access token from /users"))
				.addSecuritySchemes(USER_ID_QUERY, apiKey(SecurityScheme.In.QUERY, "user_id", "The user's id"))
				.addSecuritySchemes(ACCESS_TOKEN_QUERY,
						apiKey(SecurityScheme.In.QUERY, "access_token", "The user's access token from /users")))
			.security(List.of(new SecurityRequirement().addList(BEARER),
					new SecurityRequirement().addList(USER_ID_HEADER).addList(ACCESS_TOKEN_HEADER),
					new SecurityRequirement().addList(USER_ID_QUERY).addList(ACCESS_TOKEN_QUERY)));
	}

	private static SecurityScheme bearer() {
		return new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("JWT")
			.description("The access_token of /registration, /login or /auth. The gateway also sends media-api a "
					+ "two-minute JWT of its own in place of a checked user id + access token pair.");
	}

	private static SecurityScheme apiKey(SecurityScheme.In in, String name, String description) {
		return new SecurityScheme().type(SecurityScheme.Type.APIKEY)
			.in(in)
			.name(name)
			.description(description + "; always sent together with its pair, checked by the gateway");
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
		return new ProblemResponses(mappers.isOpenapi31(), UNAUTHORIZED);
	}

}
