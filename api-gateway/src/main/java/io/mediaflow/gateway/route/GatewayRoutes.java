package io.mediaflow.gateway.route;

import java.util.regex.Pattern;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import io.mediaflow.gateway.request.RequestIds;
import io.mediaflow.gateway.security.CredentialsFilter;
import io.mediaflow.gateway.upstream.RoutesProperties;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.method;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.query;

/**
 * The public API of DESIGN.md section 2: account paths go to auth-service as they are;
 * media paths need valid credentials and go to media-api.
 */
@Configuration(proxyBeanMethods = false)
class GatewayRoutes {

	/** As many as Tomcat's request threads (its default). */
	private static final int UPSTREAM_CONNECTIONS = 200;

	/** A single path segment shaped like a UUID: seed 001's {@code GET /<image id>}. */
	private static final Pattern UUID_PATH = Pattern
		.compile("/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	@Bean
	RouterFunction<ServerResponse> authServiceRoutes(RoutesProperties routes) {
		return route("auth-service").route(path("/registration", "/login", "/auth", "/users", "/users/me"), http())
			.before(uri(routes.authServiceUri()))
			.before(RequestIds.forward())
			.onError(ResourceAccessException.class, (ex, request) -> unavailable("auth-service"))
			.build();
	}

	/**
	 * A signed record download link ({@code GET /record?…&expires=…&sig=…}, seed 002's
	 * link as POST /record answers it) opens in a browser without credentials: media-api
	 * checks the signature (404 when it is wrong, missing or expired), and the link alone
	 * decides, so any credentials sent along are dropped.
	 */
	@Bean
	@Order(0)
	RouterFunction<ServerResponse> signedRecordLinkRoutes(RoutesProperties routes) {
		return route("media-api-signed-links")
			.route(method(HttpMethod.GET).and(path("/record")).and(query("sig").or(query("expires"))), http())
			.before(removeRequestHeader(HttpHeaders.AUTHORIZATION))
			.before(removeRequestHeader("X-Access-Token"))
			.before(uri(routes.mediaApiUri()))
			.before(RequestIds.forward())
			.onError(ResourceAccessException.class, (ex, request) -> unavailable("media-api"))
			.build();
	}

	@Bean
	RouterFunction<ServerResponse> mediaApiRoutes(RoutesProperties routes, CredentialsFilter credentials) {
		return route("media-api")
			.route(path("/upload", "/status/**", "/history/**", "/task/**", "/record", "/records", "/image", "/img",
					"/images/**", "/users/me/webhook-secret"), http())
			.filter(credentials)
			.before(uri(routes.mediaApiUri()))
			.before(RequestIds.forward())
			.onError(ResourceAccessException.class, (ex, request) -> unavailable("media-api"))
			.build();
	}

	/**
	 * Seed 001 fetches an image with {@code GET /<id>}: answered like
	 * {@code /images/{id}}, for single-segment paths shaped like a UUID only (an image
	 * id), so that no other top-level path reaches media-api.
	 */
	@Bean
	RouterFunction<ServerResponse> imageIdRoutes(RoutesProperties routes, CredentialsFilter credentials) {
		return route("media-api-image-ids").route(method(HttpMethod.GET).and(GatewayRoutes::isUuidPath), http())
			.filter(credentials)
			.before(uri(routes.mediaApiUri()))
			.before(RequestIds.forward())
			.onError(ResourceAccessException.class, (ex, request) -> unavailable("media-api"))
			.build();
	}

	private static boolean isUuidPath(ServerRequest request) {
		return UUID_PATH.matcher(request.path()).matches();
	}

	/**
	 * Apache HttpClient's blocking client to the services: the request thread streams the
	 * body straight to the pooled connection, where the JDK client handed every body to a
	 * thread of its own and a selector thread (docs/performance.md, sixth round). A
	 * connection per Tomcat thread, and no silent retries: a request reaches a service at
	 * most once through the gateway.
	 */
	@Bean
	ClientHttpRequestFactoryBuilder<?> upstreamRequestFactory() {
		return ClientHttpRequestFactoryBuilder.httpComponents()
			.withConnectionManagerCustomizer((manager) -> manager.setMaxConnPerRoute(UPSTREAM_CONNECTIONS)
				.setMaxConnTotal(2 * UPSTREAM_CONNECTIONS))
			.withHttpClientCustomizer((client) -> client.disableAutomaticRetries());
	}

	private static ServerResponse unavailable(String service) {
		ProblemDetail problem = Problems.of(ProblemType.SERVICE_UNAVAILABLE,
				service + " is not reachable right now; try again shortly");
		return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header("Retry-After", "5")
			.body(problem);
	}

}
