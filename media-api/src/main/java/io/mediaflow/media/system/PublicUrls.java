package io.mediaflow.media.system;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs as the client sees the service: host and port from the request, or from
 * X-Forwarded-* when the gateway sends them
 * ({@code server.forward-headers-strategy=framework}).
 */
public final class PublicUrls {

	private PublicUrls() {
	}

	public static String of(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

	/** {@code path?name=value&...} from pairs of names and values. */
	public static String of(String path, Object... nameValuePairs) {
		ServletUriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentContextPath();
		builder.path(path);
		for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
			builder.queryParam(nameValuePairs[i].toString(), nameValuePairs[i + 1]);
		}
		return builder.build().toUriString();
	}

}
