package io.mediaflow.standalone.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * The path patterns of every gateway route, by route id, read from the gateway's own
 * {@link RouterFunction} beans; router functions that are not gateway routes (no route
 * id, like the web page's) are left out.
 */
final class GatewayRoutePaths implements RouterFunctions.Visitor, RequestPredicates.Visitor {

	private final Map<String, List<String>> pathsByRoute = new LinkedHashMap<>();

	private @Nullable String routeId;

	private GatewayRoutePaths() {
	}

	static Map<String, List<String>> of(ApplicationContext gateway) {
		GatewayRoutePaths visitor = new GatewayRoutePaths();
		for (RouterFunction<?> routes : gateway.getBeansOfType(RouterFunction.class).values()) {
			visitor.routeId = null;
			routes.accept(visitor);
		}
		return visitor.pathsByRoute;
	}

	@Override
	public void attributes(Map<String, Object> attributes) {
		Object id = attributes.get(MvcUtils.GATEWAY_ROUTE_ID_ATTR);
		this.routeId = (id != null) ? id.toString() : null;
	}

	@Override
	public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
		if (this.routeId != null) {
			this.pathsByRoute.computeIfAbsent(this.routeId, (id) -> new ArrayList<>());
			predicate.accept(this);
		}
	}

	@Override
	public void path(String pattern) {
		if (this.routeId != null) {
			this.pathsByRoute.get(this.routeId).add(pattern);
		}
	}

	@Override
	public void startNested(RequestPredicate predicate) {
	}

	@Override
	public void endNested(RequestPredicate predicate) {
	}

	@Override
	public void resources(Function<ServerRequest, Optional<Resource>> lookupFunction) {
	}

	@Override
	public void unknown(RouterFunction<?> routerFunction) {
	}

	@Override
	public void method(Set<HttpMethod> methods) {
	}

	@Override
	public void pathExtension(String extension) {
	}

	@Override
	public void header(String name, String value) {
	}

	@Override
	public void param(String name, String value) {
	}

	@Override
	public void version(String version) {
	}

	@Override
	public void startAnd() {
	}

	@Override
	public void and() {
	}

	@Override
	public void endAnd() {
	}

	@Override
	public void startOr() {
	}

	@Override
	public void or() {
	}

	@Override
	public void endOr() {
	}

	@Override
	public void startNegate() {
	}

	@Override
	public void endNegate() {
	}

	@Override
	public void unknown(RequestPredicate predicate) {
	}

}
