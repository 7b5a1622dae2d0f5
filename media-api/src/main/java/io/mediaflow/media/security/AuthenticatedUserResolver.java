package io.mediaflow.media.security;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.common.security.InvalidTokenException;
import io.mediaflow.common.security.JwtVerifier;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a handler parameter of type {@link AuthenticatedUser} the caller verified from
 * {@code Authorization: Bearer <JWT>}; a handler that asks for it cannot run without valid credentials.
 */
class AuthenticatedUserResolver implements HandlerMethodArgumentResolver {

	private final JwtVerifier verifier;

	AuthenticatedUserResolver(JwtVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return AuthenticatedUser.class.equals(parameter.getParameterType());
	}

	@Override
	public AuthenticatedUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		String token = JwtVerifier.bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION))
			.orElseThrow(() -> new UnauthorizedException("Credentials are required: send Authorization: Bearer <access token>"));
		try {
			return this.verifier.verify(token);
		}
		catch (InvalidTokenException ex) {
			throw new UnauthorizedException(ex.getMessage());
		}
	}

}
