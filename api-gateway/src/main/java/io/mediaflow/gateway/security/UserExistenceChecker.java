package io.mediaflow.gateway.security;

import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
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

	private final Cache<UUID, Boolean> confirmed;

	@Autowired
	UserExistenceChecker(RestClient authServiceClient, CredentialsProperties properties) {
		this(authServiceClient, properties, Ticker.systemTicker());
	}

	UserExistenceChecker(RestClient authServiceClient, CredentialsProperties properties, Ticker ticker) {
		this.authService = authServiceClient;
		this.confirmed = ConfirmationCaches.create(properties, ticker);
	}

	boolean exists(UUID userId) {
		if (this.confirmed.getIfPresent(userId) != null) {
			return true;
		}
		try {
			boolean exists = this.authService.get()
				.uri("/internal/users/{id}", userId)
				.exchange((request, response) -> response.getStatusCode() != HttpStatus.NOT_FOUND);
			if (exists) {
				this.confirmed.put(userId, Boolean.TRUE);
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
