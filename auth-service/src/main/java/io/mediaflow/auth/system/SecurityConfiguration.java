package io.mediaflow.auth.system;

import java.time.Clock;

import io.mediaflow.common.security.JwtIssuer;
import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.common.security.JwtVerifier;
import io.mediaflow.common.security.ServiceTokens;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	JwtIssuer jwtIssuer(JwtProperties properties, Clock clock) {
		return new JwtIssuer(properties, clock);
	}

	@Bean
	JwtVerifier jwtVerifier(JwtProperties properties, Clock clock) {
		return new JwtVerifier(properties, clock);
	}

	@Bean
	ServiceTokens serviceTokens(JwtProperties properties, Clock clock) {
		return new ServiceTokens(properties, clock);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new LongPasswordEncoder(12);
	}

}
