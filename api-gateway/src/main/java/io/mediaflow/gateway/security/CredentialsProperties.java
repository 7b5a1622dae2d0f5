package io.mediaflow.gateway.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway turns (user id, access token) pairs into JWTs for the services behind
 * it.
 *
 * @param accessTokenCacheTtl how long a pair auth-service confirmed is trusted without
 * asking again
 * @param accessTokenCacheSize most confirmed pairs kept
 * @param forwardedTokenTtl lifetime of the JWT minted for one forwarded request
 */
@ConfigurationProperties("mediaflow.gateway.credentials")
@Validated
public record CredentialsProperties(@DefaultValue("30s") @NotNull Duration accessTokenCacheTtl,
		@DefaultValue("10000") @Min(1) int accessTokenCacheSize,
		@DefaultValue("2m") @NotNull Duration forwardedTokenTtl) {
}
