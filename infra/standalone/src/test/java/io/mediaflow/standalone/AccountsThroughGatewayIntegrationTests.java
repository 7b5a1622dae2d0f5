package io.mediaflow.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.common.security.JwtIssuer;
import io.mediaflow.common.security.JwtProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts as a new user meets them: through the gateway of a real standalone stack,
 * against real PostgreSQL.
 */
@StackTest(TestStack.STANDARD)
class AccountsThroughGatewayIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static MediaflowStack stack;

	private final String email = "user-" + UUID.randomUUID() + "@example.com";

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
	}

	@Test
	void registersLogsInAndUsesTheTokenOnAMediaRoute() throws Exception {
		HttpResponse<String> registered = postJson("/registration",
				"{\"email\":\"%s\",\"password\":\"correct horse\",\"first_name\":\"Ann\",\"last_name\":\"Lee\"}"
					.formatted(this.email));
		assertThat(registered.statusCode()).isEqualTo(201);
		JsonNode body = json.readTree(registered.body());
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.get("user_id").asString()).isNotBlank();

		HttpResponse<String> login = postJson("/login",
				"{\"email\":\"%s\",\"password\":\"correct horse\"}".formatted(this.email));
		assertThat(login.statusCode()).isEqualTo(200);
		String token = json.readTree(login.body()).get("access_token").asString();
		assertThat(postJson("/auth", "{\"email\":\"%s\",\"password\":\"correct horse\"}".formatted(this.email))
			.statusCode()).isEqualTo(200);

		HttpResponse<String> media = send(HttpRequest.newBuilder(uri("/status/" + UUID.randomUUID()))
			.header("Authorization", "Bearer " + token)
			.header("X-Request-Id", "it-request-1"));
		assertThat(media.statusCode()).isNotIn(401, 403, 502, 503);
		assertThat(media.headers().firstValue("X-Request-Id")).contains("it-request-1");
	}

	@Test
	void refusesADuplicateRegistration() throws Exception {
		String body = "{\"email\":\"%s\",\"password\":\"correct horse\"}".formatted(this.email);
		assertThat(postJson("/registration", body).statusCode()).isEqualTo(201);

		HttpResponse<String> duplicate = postJson("/registration", body);

		assertThat(duplicate.statusCode()).isEqualTo(409);
		assertProblem(duplicate);
	}

	@Test
	void refusesAWrongPasswordAndAnUnknownUserTheSameWay() throws Exception {
		postJson("/registration", "{\"email\":\"%s\",\"password\":\"correct horse\"}".formatted(this.email));

		HttpResponse<String> wrong = postJson("/login",
				"{\"email\":\"%s\",\"password\":\"wrong horse\"}".formatted(this.email));
		HttpResponse<String> unknown = postJson("/login",
				"{\"email\":\"x%s\",\"password\":\"wrong horse\"}".formatted(this.email));

		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertProblem(wrong);
		assertThat(json.readTree(wrong.body()).get("detail")).isEqualTo(json.readTree(unknown.body()).get("detail"));
	}

	@Test
	void refusesAMalformedBody() throws Exception {
		HttpResponse<String> malformed = postJson("/registration", "{\"email\": ");
		HttpResponse<String> invalid = postJson("/registration", "{\"email\":\"nope\",\"password\":\"x\"}");

		assertThat(malformed.statusCode()).isEqualTo(400);
		assertProblem(malformed);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(json.readTree(invalid.body()).get("errors").propertyNames()).contains("email", "password");
	}

	@Test
	void refusesMediaRoutesWithoutAToken() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/history/" + UUID.randomUUID())));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
		assertProblem(response);
	}

	@Test
	void refusesAForgedToken() throws Exception {
		JwtProperties otherKey = new JwtProperties("a-different-secret-that-is-long-enough!!", "mediaflow",
				"mediaflow-api", Duration.ofHours(1), Duration.ofSeconds(5));
		String forged = new JwtIssuer(otherKey, Clock.systemUTC())
			.issue(new AuthenticatedUser(UUID.randomUUID(), "mallory"))
			.value();

		assertThat(getWithToken("/status/" + UUID.randomUUID(), forged).statusCode()).isEqualTo(401);
	}

	@Test
	void refusesAnUnsignedToken() throws Exception {
		String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
		String claims = base64("{\"iss\":\"mediaflow\",\"aud\":\"mediaflow-api\",\"sub\":\"" + UUID.randomUUID()
				+ "\",\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}");

		assertThat(getWithToken("/upload", header + "." + claims + ".").statusCode()).isEqualTo(401);
	}

	@Test
	void refusesAnExpiredToken() throws Exception {
		JwtProperties rightKey = new JwtProperties(StackFixture.JWT_SECRET, "mediaflow", "mediaflow-api",
				Duration.ofHours(1), Duration.ofSeconds(5));
		Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
		String expired = new JwtIssuer(rightKey, twoHoursAgo).issue(new AuthenticatedUser(UUID.randomUUID(), "ann"))
			.value();

		HttpResponse<String> response = getWithToken("/status/" + UUID.randomUUID(), expired);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json.readTree(response.body()).get("detail").asString()).contains("expired");
	}

	@Test
	void refusesTheTokenOfADeletedUser() throws Exception {
		HttpResponse<String> registered = postJson("/registration",
				"{\"email\":\"%s\",\"password\":\"correct horse\"}".formatted(this.email));
		String token = json.readTree(registered.body()).get("access_token").asString();
		assertThat(getWithToken("/history/" + json.readTree(registered.body()).get("user_id").asString(), token)
			.statusCode()).isEqualTo(200);

		HttpResponse<String> deleted = send(
				HttpRequest.newBuilder(uri("/users/me")).header("Authorization", "Bearer " + token).DELETE());

		assertThat(deleted.statusCode()).isEqualTo(204);
		Thread.sleep(100);
		HttpResponse<String> afterwards = send(
				HttpRequest.newBuilder(uri("/users/me")).header("Authorization", "Bearer " + token).DELETE());
		assertThat(afterwards.statusCode()).isEqualTo(401);
		assertThat(postJson("/login", "{\"email\":\"%s\",\"password\":\"correct horse\"}".formatted(this.email))
			.statusCode()).isEqualTo(401);
	}

	@Test
	void refusesMediaRoutesForADeletedUserWhoseTokenWasNeverSeen() throws Exception {
		HttpResponse<String> registered = postJson("/registration",
				"{\"email\":\"%s\",\"password\":\"correct horse\"}".formatted(this.email));
		String token = json.readTree(registered.body()).get("access_token").asString();
		send(HttpRequest.newBuilder(uri("/users/me")).header("Authorization", "Bearer " + token).DELETE());

		HttpResponse<String> media = getWithToken("/status/" + UUID.randomUUID(), token);

		assertThat(media.statusCode()).isEqualTo(401);
		assertThat(json.readTree(media.body()).get("detail").asString()).contains("no longer exists");
	}

	private static void assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	private static HttpResponse<String> getWithToken(String path, String token)
			throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token));
	}

	private static HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(String path) {
		return URI.create(stack.gatewayUrl() + path);
	}

	private static String base64(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
