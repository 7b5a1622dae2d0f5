package io.mediaflow.media.idempotency;

import io.mediaflow.common.security.JwtVerifier;
import io.mediaflow.media.upload.CreatingPaths;
import io.mediaflow.media.upload.MediaLimitsProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The idempotency filter on the creating POSTs. Its problems go through the same
 * exception resolvers as the controllers' do.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

	/** Room for the other fields next to a base64 image in the JSON of POST /image. */
	private static final long JSON_ENVELOPE_BYTES = 64 * 1024;

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys, IdempotencyProperties properties,
			JwtVerifier verifier, ObjectProvider<MultipartResolver> multipartResolver,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems, MediaLimitsProperties limits) {
		long maxBody = limits.maxFileSize().toBytes() / 2 * 3 + JSON_ENVELOPE_BYTES;
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(keys, properties, verifier,
						multipartResolver.getIfAvailable(StandardServletMultipartResolver::new), problems, maxBody));
		registration.setUrlPatterns(CreatingPaths.ALL);
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

}
