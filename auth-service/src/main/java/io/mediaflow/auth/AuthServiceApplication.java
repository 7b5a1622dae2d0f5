package io.mediaflow.auth;

import io.mediaflow.platform.runtime.CommonPool;
import io.mediaflow.common.security.JwtProperties;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * auth-service: registration, login and JWT issuing. Its configuration file is
 * {@code auth-service.yml}, so that it can share one JVM with the other services in the
 * standalone run.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableConfigurationProperties(JwtProperties.class)
public class AuthServiceApplication {

	public static final String CONFIG_NAME = "auth-service";

	public static void main(String[] args) {
		CommonPool.ensureParallelism();
		application().run(args);
	}

	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(AuthServiceApplication.class).main(AuthServiceApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME);
	}

}
