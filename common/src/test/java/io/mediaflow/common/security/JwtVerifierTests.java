package io.mediaflow.common.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtVerifierTests {

	private static final String SECRET = "test-secret-that-is-long-enough-for-hs256";

	private static final JwtProperties PROPERTIES = new JwtProperties(SECRET, "mediaflow", "mediaflow-api",
			Duration.ofHours(1), Duration.ofSeconds(5));

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

	private final AuthenticatedUser alice = new AuthenticatedUser(UUID.randomUUID(), "alice@example.com");

	@Test
	void acceptsATokenItIssued() {
		IssuedToken token = new JwtIssuer(PROPERTIES, this.clock).issue(this.alice);

		assertThat(new JwtVerifier(PROPERTIES, this.clock).verify(token.value())).isEqualTo(this.alice);
		assertThat(token.expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofHours(1)));
	}

	@Test
	void rejectsAnExpiredToken() {
		IssuedToken token = new JwtIssuer(PROPERTIES, this.clock).issue(this.alice, Duration.ofMinutes(1));
		Clock later = Clock.offset(this.clock, Duration.ofMinutes(2));

		assertThatThrownBy(() -> new JwtVerifier(PROPERTIES, later).verify(token.value()))
			.isInstanceOf(InvalidTokenException.class)
			.hasMessageContaining("expired");
	}

	@Test
	void rejectsATokenSignedWithAnotherKey() {
		JwtProperties other = new JwtProperties("another-secret-that-is-also-long-enough!", "mediaflow",
				"mediaflow-api", Duration.ofHours(1), Duration.ofSeconds(5));
		IssuedToken forged = new JwtIssuer(other, this.clock).issue(this.alice);

		assertThatThrownBy(() -> new JwtVerifier(PROPERTIES, this.clock).verify(forged.value()))
			.isInstanceOf(InvalidTokenException.class);
	}

	@Test
	void rejectsAnUnsignedToken() {
		String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
		String payload = base64("{\"iss\":\"mediaflow\",\"aud\":\"mediaflow-api\",\"sub\":\"" + this.alice.userId()
				+ "\",\"exp\":" + (this.clock.instant().getEpochSecond() + 600) + "}");

		assertThatThrownBy(() -> new JwtVerifier(PROPERTIES, this.clock).verify(header + "." + payload + "."))
			.isInstanceOf(InvalidTokenException.class);
	}

	@Test
	void rejectsAnotherAudience() {
		String token = JWT.create()
			.withIssuer("mediaflow")
			.withAudience("somebody-else")
			.withSubject(this.alice.userId().toString())
			.withExpiresAt(this.clock.instant().plusSeconds(600))
			.sign(Algorithm.HMAC256(SECRET));

		assertThatThrownBy(() -> new JwtVerifier(PROPERTIES, this.clock).verify(token))
			.isInstanceOf(InvalidTokenException.class);
	}

	@Test
	void rejectsASubjectThatIsNotAUserId() {
		String token = JWT.create()
			.withIssuer("mediaflow")
			.withAudience("mediaflow-api")
			.withSubject("' OR 1=1 --")
			.withExpiresAt(this.clock.instant().plusSeconds(600))
			.sign(Algorithm.HMAC256(SECRET));

		assertThatThrownBy(() -> new JwtVerifier(PROPERTIES, this.clock).verify(token))
			.isInstanceOf(InvalidTokenException.class);
	}

	@Test
	void refusesAShortSecret() {
		JwtProperties weak = new JwtProperties("short", "mediaflow", "mediaflow-api", Duration.ofHours(1),
				Duration.ofSeconds(5));

		assertThatIllegalArgumentException().isThrownBy(() -> new JwtIssuer(weak, this.clock))
			.withMessageContaining("MEDIAFLOW_JWT_SECRET");
	}

	@Test
	void neverPrintsTheSecret() {
		assertThat(PROPERTIES.toString()).doesNotContain(SECRET);
	}

	@Test
	void readsBearerHeaders() {
		assertThat(JwtVerifier.bearerToken("Bearer abc.def.ghi")).contains("abc.def.ghi");
		assertThat(JwtVerifier.bearerToken("bearer abc")).contains("abc");
		assertThat(JwtVerifier.bearerToken("Basic abc")).isEmpty();
		assertThat(JwtVerifier.bearerToken("Bearer ")).isEmpty();
		assertThat(JwtVerifier.bearerToken(null)).isEmpty();
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
