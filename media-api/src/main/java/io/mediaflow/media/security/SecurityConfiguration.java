package io.mediaflow.media.security;

import java.time.Clock;
import java.util.List;

import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.common.security.JwtVerifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	private final JwtVerifier verifier;

	SecurityConfiguration(JwtProperties properties) {
		this.verifier = new JwtVerifier(properties, Clock.systemUTC());
	}

	@Bean
	JwtVerifier jwtVerifier() {
		return this.verifier;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new AuthenticatedUserResolver(this.verifier));
	}

}
