package io.mediaflow.media.webhook;

import io.mediaflow.media.upload.CreatingPaths;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The notify_url check on every creating POST. Web slices load it too, so an upload slice
 * refuses a bad notify_url as the service does.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration implements WebMvcConfigurer {

	private final NotifyUrlGuard guard;

	WebhookConfiguration(WebhookProperties properties) {
		this.guard = new NotifyUrlGuard(properties);
	}

	@Bean
	NotifyUrlGuard notifyUrlGuard() {
		return this.guard;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new NotifyUrlInterceptor(this.guard)).addPathPatterns(CreatingPaths.ALL);
	}

}
