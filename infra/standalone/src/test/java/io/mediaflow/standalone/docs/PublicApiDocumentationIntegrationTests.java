package io.mediaflow.standalone.docs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.mediaflow.standalone.MediaflowStack;
import io.mediaflow.standalone.StackTest;
import io.mediaflow.standalone.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI documentation as a client reads it through the gateway of a real standalone
 * stack: every route the gateway forwards to a service is in that service's spec with a
 * summary, its error answers and, on media routes, its credentials; and one Swagger UI
 * shows both specs.
 */
@StackTest(TestStack.STANDARD)
class PublicApiDocumentationIntegrationTests {

	private static final List<String> SERVICES = List.of("auth-service", "media-api");

	/** Services whose every public route needs credentials. */
	private static final Set<String> SECURED = Set.of("media-api");

	/** The gateway's routes to the specs themselves, which document nothing. */
	private static final String API_DOCS = "/v3/api-docs/";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private static MediaflowStack stack;

	private static final Map<String, OpenApiSpec> specs = new LinkedHashMap<>();

	@BeforeAll
	static void readTheSpecs(MediaflowStack started) throws Exception {
		stack = started;
		for (String service : SERVICES) {
			HttpResponse<String> spec = get(API_DOCS + service);
			assertThat(spec.statusCode()).as("GET %s%s through the gateway", API_DOCS, service).isEqualTo(200);
			specs.put(service, new OpenApiSpec(service, json.readTree(spec.body())));
		}
	}

	@Test
	void everyRouteTheGatewayForwardsIsDocumented() {
		List<PathPattern> forwarded = forwardedPatterns();
		List<ServiceOperation> publicOperations = new ArrayList<>();
		for (String service : SERVICES) {
			ServiceOperation.of(service, stack.context(service))
				.stream()
				.filter((operation) -> matchesAny(forwarded, operation.path()))
				.forEach(publicOperations::add);
		}
		List<String> undocumented = new ArrayList<>();
		publicOperations.forEach((operation) -> undocumented.addAll(problemsOf(operation)));

		assertThat(publicOperations).extracting(ServiceOperation::toString)
			.as("public operations found behind the gateway")
			.contains("POST /registration (auth-service)", "GET /status/{taskId} (media-api)");
		assertThat(undocumented)
			.withFailMessage(() -> "Public routes without complete OpenAPI documentation (see docs/openapi.md):%n  %s"
				.formatted(String.join("%n  ".formatted(), undocumented)))
			.isEmpty();
	}

	@Test
	void everyGatewayRouteLeadsToADocumentedPath() {
		List<String> documented = new ArrayList<>();
		specs.values().forEach((spec) -> documented.addAll(spec.paths()));
		List<String> orphans = new ArrayList<>();
		for (Map.Entry<String, List<String>> route : GatewayRoutePaths.of(stack.context("api-gateway")).entrySet()) {
			route.getValue()
				.stream()
				.filter((pattern) -> !pattern.startsWith(API_DOCS))
				.filter((pattern) -> documented.stream().noneMatch((path) -> parse(pattern).matches(pathOf(path))))
				.forEach((pattern) -> orphans.add(pattern + " (gateway route " + route.getKey() + ")"));
		}

		assertThat(orphans).withFailMessage("Gateway paths no service documents: %s", orphans).isEmpty();
	}

	@Test
	void theInternalTokenCheckIsNotInThePublicSpec() {
		assertThat(specs.get("auth-service").paths()).contains("/users")
			.noneMatch((path) -> path.startsWith("/internal"));
	}

	@Test
	void schemasNameTheirFieldsAsTheSnakeCaseJsonDoes() {
		for (OpenApiSpec spec : specs.values()) {
			assertThat(spec.schemaPropertyNames()).as(spec.service() + " schema properties")
				.isNotEmpty()
				.allMatch((name) -> name.substring(name.indexOf('.') + 1).matches("[a-z][a-z0-9_]*"));
		}
		assertThat(specs.get("auth-service").schemaPropertyNames()).contains("TokenResponse.access_token");
		assertThat(specs.get("media-api").schemaPropertyNames()).contains("UploadAccepted.task_id");
	}

	@Test
	void theSwaggerUiShowsBothSpecsWithoutCredentials() throws Exception {
		HttpResponse<String> ui = get("/swagger-ui.html");
		HttpResponse<String> config = get(API_DOCS + "swagger-config");

		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(ui.body()).contains("swagger-ui");
		assertThat(config.statusCode()).isEqualTo(200);
		assertThat(json.readTree(config.body()).path("urls").findValuesAsString("url"))
			.containsExactlyInAnyOrder(API_DOCS + "auth-service", API_DOCS + "media-api");
	}

	@Test
	void theWorkerServesNoApiDocumentation() throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + stack.mediaWorkerPort() + "/v3/api-docs"))
			.timeout(Duration.ofSeconds(30))
			.build();

		assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
	}

	private static List<String> problemsOf(ServiceOperation route) {
		OpenApiSpec spec = specs.get(route.service());
		Optional<JsonNode> found = spec.operation(route.method(), route.path());
		if (found.isEmpty()) {
			return List.of(route + " is not in " + API_DOCS + route.service());
		}
		JsonNode operation = found.get();
		List<String> problems = new ArrayList<>();
		if (operation.path("summary").asString("").isBlank()) {
			problems.add(route + " has no summary");
		}
		List<String> errors = new ArrayList<>();
		operation.path("responses")
			.propertyNames()
			.stream()
			.filter((code) -> code.matches("[45]\\d\\d"))
			.forEach(errors::add);
		if (errors.stream().noneMatch((code) -> code.startsWith("4"))) {
			problems.add(route + " documents no 4xx response");
		}
		for (String code : errors) {
			if (!operation.path("responses").path(code).path("content").has("application/problem+json")) {
				problems.add(route + " documents its " + code + " without an application/problem+json body");
			}
		}
		if (SECURED.contains(route.service()) && !spec.requiresCredentials(operation)) {
			problems.add(route + " declares no security requirement");
		}
		return problems;
	}

	private static List<PathPattern> forwardedPatterns() {
		List<PathPattern> patterns = new ArrayList<>();
		GatewayRoutePaths.of(stack.context("api-gateway"))
			.values()
			.forEach((paths) -> paths.stream()
				.filter((pattern) -> !pattern.startsWith(API_DOCS))
				.map(PublicApiDocumentationIntegrationTests::parse)
				.forEach(patterns::add));
		assertThat(patterns).as("path patterns of the gateway's routes").isNotEmpty();
		return patterns;
	}

	private static boolean matchesAny(List<PathPattern> patterns, String path) {
		return patterns.stream().anyMatch((pattern) -> pattern.matches(pathOf(path)));
	}

	private static PathPattern parse(String pattern) {
		return PathPatternParser.defaultInstance.parse(pattern);
	}

	/**
	 * A mapping or spec path such as {@code /status/{taskId}}, taken literally as a
	 * request path.
	 */
	private static PathContainer pathOf(String path) {
		return PathContainer.parsePath(path);
	}

	private static HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
			.timeout(Duration.ofSeconds(30))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
