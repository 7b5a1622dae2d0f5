package io.mediaflow.gateway.docs;

import java.net.URI;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import io.mediaflow.gateway.request.RequestIds;
import io.mediaflow.gateway.upstream.RoutesProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.GET;

/**
 * {@code /v3/api-docs/auth-service} and {@code /v3/api-docs/media-api} are the services'
 * own {@code /v3/api-docs}, without credentials; the Swagger UI of
 * {@code /swagger-ui.html} (springdoc, configured in api-gateway.yml) reads them from
 * here.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsRoutes {

	static final String PATH = "/v3/api-docs/";

	@Bean
	RouterFunction<ServerResponse> serviceApiDocs(RoutesProperties routes) {
		return specOf("auth-service", routes.authServiceUri()).and(specOf("media-api", routes.mediaApiUri()));
	}

	private static RouterFunction<ServerResponse> specOf(String service, URI serviceUri) {
		return route(service + "-api-docs").route(GET(PATH + service), http())
			.before(uri(serviceUri))
			.before(setPath("/v3/api-docs"))
			.before(RequestIds.forward())
			.onError(ResourceAccessException.class, (ex, request) -> unavailable(service))
			.build();
	}

	private static ServerResponse unavailable(String service) {
		ProblemDetail problem = Problems.of(ProblemType.SERVICE_UNAVAILABLE,
				service + " is not reachable right now, nor is its API description; try again shortly");
		return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header("Retry-After", "5")
			.body(problem);
	}

}
