package io.mediaflow.platform.operations;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Actuator for operators: health (with its liveness and readiness groups) is open, every
 * other endpoint needs the operator's HTTP Basic credentials. Only Actuator requests are
 * filtered; the service's own API is untouched.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, HealthEndpoint.class })
@EnableWebSecurity
@EnableConfigurationProperties(OperatorProperties.class)
public class OperatorAccessAutoConfiguration {

	static final String OPERATOR_ROLE = "OPERATOR";

	private static final Logger logger = LoggerFactory.getLogger(OperatorAccessAutoConfiguration.class);

	@Bean
	SecurityFilterChain operatorEndpoints(HttpSecurity http) throws Exception {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.anyRequest()
				.hasRole(OPERATOR_ROLE))
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	/**
	 * The operator account. Its password is encoded with the service's own
	 * {@link PasswordEncoder} when it has one, since Spring Security checks credentials
	 * with that bean.
	 */
	@Bean
	UserDetailsService operatorAccount(OperatorProperties operator, ObjectProvider<PasswordEncoder> passwordEncoders) {
		if (operator.password() == null || operator.password().isBlank()) {
			logger.warn("No operator password (MEDIAFLOW_OPERATOR_PASSWORD): Actuator endpoints other than health"
					+ " are closed");
			return new InMemoryUserDetailsManager();
		}
		return new InMemoryUserDetailsManager(User.withUsername(operator.username())
			.password(passwordEncoders.getIfAvailable(PasswordEncoderFactories::createDelegatingPasswordEncoder)
				.encode(operator.password()))
			.roles(OPERATOR_ROLE)
			.build());
	}

	@Bean
	ErrorLogEndpoint errorLogEndpoint(Environment environment) {
		String directory = environment.getProperty("mediaflow.logging.dir", "logs");
		String name = environment.getProperty("mediaflow.logging.name",
				environment.getProperty("spring.application.name", "mediaflow"));
		return new ErrorLogEndpoint(Path.of(directory, name + "-error.log"));
	}

}
