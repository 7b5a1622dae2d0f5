package io.mediaflow.gateway.web;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.web.servlet.function.RequestPredicates.GET;
import static org.springframework.web.servlet.function.RouterFunctions.route;

/**
 * Serves the web page at {@code /} with a Content-Security-Policy that allows only the
 * page's own script, style sheet and API, plus the {@code blob:} URLs it makes for
 * thumbnails and downloads. Its assets ({@code app.js}, {@code app.css}) are Spring
 * Boot's static resources; the gateway's routes claim no path of theirs.
 */
@Configuration(proxyBeanMethods = false)
class WebPageRoutes {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' blob:; media-src 'self' blob:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	@Bean
	RouterFunction<ServerResponse> webPage() {
		Resource page = new ClassPathResource("static/index.html");
		return route(GET("/").or(GET("/index.html")),
				(request) -> ServerResponse.ok()
					.contentType(HTML)
					.cacheControl(CacheControl.noCache())
					.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
					.header("X-Content-Type-Options", "nosniff")
					.header("Referrer-Policy", "no-referrer")
					.body(page));
	}

}
