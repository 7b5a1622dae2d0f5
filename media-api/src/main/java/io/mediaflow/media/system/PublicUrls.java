package io.mediaflow.media.system;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs as the client sees the service: host and port from the request, or from X-Forwarded-* when the
 * gateway sends them ({@code server.forward-headers-strategy=framework}).
 */
public final class PublicUrls {

	private PublicUrls() {
	}

	public static String of(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

}
