package io.mediaflow.gateway.upstream;

import io.mediaflow.common.security.ServiceTokens;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The gateway's own calls to auth-service's internal routes, each carrying a fresh
 * service token (auth-service refuses them without one).
 */
@Configuration(proxyBeanMethods = false)
class AuthServiceClientConfiguration {

	static final String SERVICE_NAME = "api-gateway";

	@Bean
	RestClient authServiceClient(RestClient.Builder restClient, RoutesProperties routes, ServiceTokens serviceTokens) {
		return restClient.baseUrl(routes.authServiceUri().toString()).requestInterceptor((request, body, execution) -> {
			request.getHeaders().setBearerAuth(serviceTokens.issue(SERVICE_NAME));
			return execution.execute(request, body);
		}).build();
	}

}
