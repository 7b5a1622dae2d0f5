package io.mediaflow.gateway;

import io.mediaflow.platform.runtime.CommonPool;
import io.mediaflow.common.security.JwtProperties;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * api-gateway: the one public port. Its configuration file is {@code api-gateway.yml}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableConfigurationProperties(JwtProperties.class)
public class GatewayApplication {

	public static final String CONFIG_NAME = "api-gateway";

	public static void main(String[] args) {
		CommonPool.ensureParallelism();
		application().run(args);
	}

	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(GatewayApplication.class).main(GatewayApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME);
	}

}
