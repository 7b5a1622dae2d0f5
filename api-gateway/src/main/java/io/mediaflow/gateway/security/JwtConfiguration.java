package io.mediaflow.gateway.security;

import java.time.Clock;

import io.mediaflow.common.security.JwtIssuer;
import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.common.security.JwtVerifier;
import io.mediaflow.common.security.ServiceTokens;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

	@Bean
	JwtVerifier jwtVerifier(JwtProperties properties) {
		return new JwtVerifier(properties, Clock.systemUTC());
	}

	@Bean
	ServiceTokens serviceTokens(JwtProperties properties) {
		return new ServiceTokens(properties, Clock.systemUTC());
	}

	@Bean
	JwtIssuer jwtIssuer(JwtProperties properties) {
		return new JwtIssuer(properties, Clock.systemUTC());
	}

}
