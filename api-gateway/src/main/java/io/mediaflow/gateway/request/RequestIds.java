package io.mediaflow.gateway.request;

import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.function.ServerRequest;

/**
 * The {@code X-Request-Id} a request travels with: the client's own when it is
 * well-formed, a new UUID otherwise.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private RequestIds() {
	}

	static String acceptOrCreate(@Nullable String offered) {
		return (offered != null && WELL_FORMED.matcher(offered).matches()) ? offered : UUID.randomUUID().toString();
	}

	/** A route step that sends the request's id to the service behind the route. */
	public static Function<ServerRequest, ServerRequest> forward() {
		return (request) -> {
			String id = request.attribute(ATTRIBUTE)
				.map(Object::toString)
				.orElseGet(() -> acceptOrCreate(request.headers().firstHeader(HEADER)));
			return ServerRequest.from(request).headers((headers) -> headers.set(HEADER, id)).build();
		};
	}

}
