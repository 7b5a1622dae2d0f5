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
 * @param maxFailures wrong passwords for one account from one client address within the
 * window before that address gets 429 for that account
 * @param accountCeiling wrong passwords for one account from all addresses within the
 * window before every address gets 429 for that account
 * @param window how long failures count, from the first one; the account is open again
 * when it has passed
 */
@ConfigurationProperties("mediaflow.gateway.login-limit")
@Validated
public record LoginLimitProperties(@DefaultValue("10") @Min(1) int maxFailures,
		@DefaultValue("100") @Min(1) int accountCeiling, @DefaultValue("5m") @NotNull Duration window) {
}
