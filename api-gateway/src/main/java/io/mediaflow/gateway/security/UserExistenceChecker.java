package io.mediaflow.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Whether the user a valid JWT names still exists, asked from auth-service and remembered
 * briefly, so that the tokens of a deleted account stop working before they expire. While
 * auth-service cannot be asked, valid tokens pass: the signature still proves who issued
 * them.
 */
@Component
class UserExistenceChecker {

	private static final Logger logger = LoggerFactory.getLogger(UserExistenceChecker.class);

	private final RestClient authService;

	private final CredentialsProperties properties;

	private final Clock clock = Clock.systemUTC();

	private final Map<UUID, Instant> confirmed = new ConcurrentHashMap<>();

	UserExistenceChecker(RestClient authServiceClient, CredentialsProperties properties) {
		this.authService = authServiceClient;
		this.properties = properties;
	}

	boolean exists(UUID userId) {
		Instant now = this.clock.instant();
		Instant until = this.confirmed.get(userId);
		if (until != null && until.isAfter(now)) {
			return true;
		}
		try {
			boolean exists = this.authService.get()
				.uri("/internal/users/{id}", userId)
				.exchange((request, response) -> response.getStatusCode() != HttpStatus.NOT_FOUND);
			if (exists) {
				if (this.confirmed.size() >= this.properties.accessTokenCacheSize()) {
					this.confirmed.clear();
				}
				this.confirmed.put(userId, now.plus(this.properties.accessTokenCacheTtl()));
			}
			return exists;
		}
		catch (RestClientException ex) {
			logger.warn("Cannot ask auth-service whether user {} exists; letting its valid token pass: {}", userId,
					ex.getMessage());
			return true;
		}
	}

}
