package io.mediaflow.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * What auth-service confirmed, remembered for {@code accessTokenCacheTtl} and bounded by
 * {@code accessTokenCacheSize}: when full, the least used entries go, not all of them.
 */
final class ConfirmationCaches {

	private ConfirmationCaches() {
	}

	static <K, V> Cache<K, V> create(CredentialsProperties properties, Ticker ticker) {
		return Caffeine.newBuilder()
			.maximumSize(properties.accessTokenCacheSize())
			.expireAfterWrite(properties.accessTokenCacheTtl())
			.ticker(ticker)
			.<K, V>build();
	}

}
