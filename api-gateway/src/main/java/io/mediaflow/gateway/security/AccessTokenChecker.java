package io.mediaflow.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.mediaflow.common.security.AuthenticatedUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

/**
 * Asks auth-service whether a (user id, access token) pair is valid, and remembers
 * confirmed pairs briefly so that a burst of requests costs one check. Refusals are not
 * remembered.
 */
@Component
class AccessTokenChecker {

	private final RestClient authService;

	private final Cache<String, AuthenticatedUser> confirmed;

	@Autowired
	AccessTokenChecker(RestClient authServiceClient, CredentialsProperties properties) {
		this(authServiceClient, properties, Ticker.systemTicker());
	}

	AccessTokenChecker(RestClient authServiceClient, CredentialsProperties properties, Ticker ticker) {
		this.authService = authServiceClient;
		this.confirmed = ConfirmationCaches.create(properties, ticker);
	}

	/**
	 * @throws org.springframework.web.client.RestClientException when auth-service cannot
	 * be asked
	 */
	Optional<AuthenticatedUser> check(AccessTokenPair pair) {
		String key = pair.userId() + ":" + sha256(pair.accessToken());
		AuthenticatedUser cached = this.confirmed.getIfPresent(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		CheckResult result = this.authService.post()
			.uri("/internal/access-tokens/check")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("user_id", pair.userId(), "access_token", pair.accessToken()))
			.exchange((request, response) -> {
				if (response.getStatusCode().is5xxServerError()) {
					// auth-service failed, which says nothing about the pair: the caller
					// answers 503, not 401
					throw new HttpServerErrorException(response.getStatusCode(), "auth-service could not check");
				}
				return (response.getStatusCode() == HttpStatus.OK) ? response.bodyTo(CheckResult.class) : null;
			});
		if (result == null) {
			this.confirmed.invalidate(key);
			return Optional.empty();
		}
		AuthenticatedUser user = new AuthenticatedUser(result.userId(), result.name());
		this.confirmed.put(key, user);
		return Optional.of(user);
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record CheckResult(@JsonProperty("user_id") UUID userId, String name) {
	}

}
