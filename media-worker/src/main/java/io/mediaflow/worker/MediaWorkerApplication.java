package io.mediaflow.worker;

import io.mediaflow.platform.runtime.CommonPool;
import io.mediaflow.worker.lifecycle.GracefulExit;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * media-worker: consumes image and audio jobs. Its configuration file is
 * {@code media-worker.yml}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MediaWorkerApplication {

	public static final String CONFIG_NAME = "media-worker";

	public static void main(String[] args) {
		CommonPool.ensureParallelism();
		GracefulExit.onTermination(application().run(args));
	}

	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(MediaWorkerApplication.class).main(MediaWorkerApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME);
	}

}
