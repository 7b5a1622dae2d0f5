package io.mediaflow.common.security;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Mediaflow's JWTs are signed and checked (HS256). Every service that issues or
 * verifies tokens binds the same {@code mediaflow.jwt.*} values; there is deliberately no
 * default secret.
 *
 * @param secret HMAC key, at least 32 characters (environment variable
 * {@code MEDIAFLOW_JWT_SECRET})
 * @param issuer value of the {@code iss} claim
 * @param audience value of the {@code aud} claim
 * @param ttl lifetime of tokens handed to clients at registration and login
 * @param clockSkew tolerance when checking expiry and issued-at
 */
@ConfigurationProperties("mediaflow.jwt")
@Validated
public record JwtProperties(
		@NotBlank(message = "is required: set MEDIAFLOW_JWT_SECRET to a random string of 32 or more characters") @Size(
				min = 32, message = "must be at least 32 characters long") String secret,
		@DefaultValue("mediaflow") @NotBlank String issuer, @DefaultValue("mediaflow-api") @NotBlank String audience,
		@DefaultValue("1h") @NotNull Duration ttl, @DefaultValue("5s") @NotNull Duration clockSkew) {

	@Override
	public String toString() {
		return "JwtProperties[secret=<hidden>, issuer=" + issuer + ", audience=" + audience + ", ttl=" + ttl + "]";
	}

}
