package io.mediaflow.gateway.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Brute-force protection of {@code /login} and {@code /auth}.
 *
 * @param maxFailures wrong passwords for one account within the window before further attempts get 429
 * @param window how long failures count, from the first one; the account is open again when it has passed
 */
@ConfigurationProperties("mediaflow.gateway.login-limit")
@Validated
public record LoginLimitProperties(@DefaultValue("10") @Min(1) int maxFailures,
		@DefaultValue("5m") @NotNull Duration window) {
}
