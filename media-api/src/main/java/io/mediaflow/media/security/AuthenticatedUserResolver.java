package io.mediaflow.media.security;

import java.util.Optional;

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
 * {@code Authorization: Bearer <JWT>}; a handler that asks for it cannot run without
 * valid credentials. A handler that asks for {@code Optional<AuthenticatedUser>} runs
 * without any (empty), but never with invalid ones.
 */
class AuthenticatedUserResolver implements HandlerMethodArgumentResolver {

	private final JwtVerifier verifier;

	AuthenticatedUserResolver(JwtVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return AuthenticatedUser.class.equals(parameter.nestedIfOptional().getNestedParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		Optional<String> token = JwtVerifier.bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (parameter.isOptional()) {
			return token.map(this::verify);
		}
		return verify(token.orElseThrow(UnauthorizedException::credentialsRequired));
	}

	private AuthenticatedUser verify(String token) {
		try {
			return this.verifier.verify(token);
		}
		catch (InvalidTokenException ex) {
			throw new UnauthorizedException(ex.getMessage());
		}
	}

}
