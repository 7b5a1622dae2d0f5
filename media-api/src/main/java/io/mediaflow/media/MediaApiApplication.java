package io.mediaflow.media;

import io.mediaflow.platform.runtime.CommonPool;
import io.mediaflow.common.security.JwtProperties;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * media-api: uploads, tasks, status, history and downloads. Its configuration file is
 * {@code media-api.yml}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableConfigurationProperties(JwtProperties.class)
public class MediaApiApplication {

	public static final String CONFIG_NAME = "media-api";

	public static void main(String[] args) {
		CommonPool.ensureParallelism();
		application().run(args);
	}

	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(MediaApiApplication.class).main(MediaApiApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME);
	}

}
