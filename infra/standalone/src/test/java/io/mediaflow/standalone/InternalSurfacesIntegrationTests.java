package io.mediaflow.standalone;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.common.security.ServiceTokens;
import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * What a client that gets past the gateway finds on the internal ports: auth-service's
 * internal routes answer services only, and media-api builds its URLs from the gateway's
 * forwarded headers alone. The stack listens on every interface here, as a misconfigured
 * or containerised one would, so that a client from another address reaches the internal
 * ports at all (the standalone default keeps them on loopback:
 * {@link LauncherProcessIntegrationTests}).
 */
@StackTest(TestStack.ALL_INTERFACES)
class InternalSurfacesIntegrationTests {

	private static MediaflowStack stack;

	private static GatewayClient gateway;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		gateway = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void authServicesInternalRoutesRefuseCallsWithoutAServiceToken() throws Exception {
		GatewayClient auth = new GatewayClient("http://127.0.0.1:" + stack.authServicePort());
		String userJwt = gateway.register().get("access_token").asString();
		String unknownUser = "/internal/users/" + UUID.randomUUID();
		String check = "{\"user_id\":\"" + UUID.randomUUID() + "\",\"access_token\":\"" + UUID.randomUUID() + "\"}";

		assertUnauthorized(auth.getWithHeaders(unknownUser, "Accept", "application/json"));
		assertUnauthorized(auth.getWithHeaders(unknownUser, "Authorization", "Bearer " + userJwt));
		assertUnauthorized(auth.getWithHeaders(unknownUser, "Authorization", "Bearer " + otherKeyServiceToken()));
		assertUnauthorized(auth.getWithHeaders("/%69nternal/users/" + UUID.randomUUID()));
		assertUnauthorized(auth.postJson("/internal/access-tokens/check", check));

		assertThat(auth.getWithHeaders(unknownUser, "Authorization", "Bearer " + serviceToken(StackFixture.JWT_SECRET))
			.statusCode()).as("a service token opens the route").isEqualTo(404);
	}

	@Test
	void theGatewayStillChecksAccessTokensWithAuthService() throws Exception {
		JsonNode user = GatewayClient.json
			.readTree(gateway.postJson("/users", "{\"name\":\"internal-" + UUID.randomUUID() + "\"}").body());
		String userId = user.get("user_id").asString();

		HttpResponse<String> history = gateway.getWithHeaders("/history/" + userId, "X-User-Id", userId,
				"X-Access-Token", user.get("access_token").asString());
		HttpResponse<String> wrongToken = gateway.getWithHeaders("/history/" + userId, "X-User-Id", userId,
				"X-Access-Token", UUID.randomUUID().toString());

		assertThat(history.statusCode()).isEqualTo(200);
		assertThat(wrongToken.statusCode()).isEqualTo(401);
	}

	@Test
	void mediaApiTakesForwardedHeadersFromTheGatewayOnly() throws Exception {
		Optional<InetAddress> external = ListeningSockets.nonLoopbackAddress();
		assumeThat(external).as("a network interface besides loopback").isPresent();
		String host = external.get().getHostAddress();
		GatewayClient direct = new GatewayClient("http://" + host + ":" + stack.mediaApiPort());
		String jwt = gateway.register().get("access_token").asString();
		Part image = new Part("image", "forged.jpg", "image/jpeg", TestImages.jpeg(64, 48));

		HttpResponse<String> forged = direct.uploadWithHeaders("/image",
				new String[] { "Authorization", "Bearer " + jwt, "X-Forwarded-Host", "evil.example",
						"X-Forwarded-Proto", "https", "X-Forwarded-Port", "443", "X-Forwarded-For", "203.0.113.9" },
				image);
		HttpResponse<String> throughGateway = gateway.uploadWithHeaders("/image",
				new String[] { "Authorization", "Bearer " + jwt }, image);

		assertThat(forged.statusCode()).as(forged.body()).isEqualTo(201);
		assertThat(GatewayClient.json.readTree(forged.body()).get("url").asString())
			.startsWith("http://" + host + ":" + stack.mediaApiPort() + "/image?id=")
			.doesNotContain("evil.example");
		assertThat(throughGateway.statusCode()).isEqualTo(201);
		assertThat(GatewayClient.json.readTree(throughGateway.body()).get("url").asString())
			.startsWith(stack.gatewayUrl() + "/image?id=");
	}

	private static void assertUnauthorized(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	private static String serviceToken(String secret) {
		return new ServiceTokens(
				new JwtProperties(secret, "mediaflow", "mediaflow-api", Duration.ofHours(1), Duration.ofSeconds(5)),
				Clock.systemUTC())
			.issue("intruder");
	}

	private static String otherKeyServiceToken() {
		return serviceToken("another-secret-0123456789abcdefghijkl");
	}

}
