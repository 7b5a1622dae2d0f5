package io.mediaflow.auth.system;

import io.mediaflow.common.security.InvalidTokenException;
import io.mediaflow.common.security.JwtVerifier;
import io.mediaflow.common.security.ServiceTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The routes only other services call ({@code /internal/**}) answer only a valid service
 * token: 401 problem+json without one, whoever reaches the port. The same path matching
 * as the handler mappings decides what is internal, so no spelling of the path reaches a
 * handler around the check.
 */
@Configuration(proxyBeanMethods = false)
class InternalRoutesConfiguration implements WebMvcConfigurer {

	private final ServiceTokens serviceTokens;

	InternalRoutesConfiguration(ServiceTokens serviceTokens) {
		this.serviceTokens = serviceTokens;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ServiceTokenCheck(this.serviceTokens)).addPathPatterns("/internal/**");
	}

	private record ServiceTokenCheck(ServiceTokens serviceTokens) implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String token = JwtVerifier.bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION))
				.orElseThrow(() -> Unauthorized.because("Internal routes need a service token"));
			try {
				this.serviceTokens.verify(token);
				return true;
			}
			catch (InvalidTokenException ex) {
				throw Unauthorized.because(ex.getMessage());
			}
		}

	}

}
