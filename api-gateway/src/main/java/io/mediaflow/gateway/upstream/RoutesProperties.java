package io.mediaflow.gateway.upstream;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the gateway sends requests.
 *
 * @param authServiceUri base URI of auth-service
 * ({@code MEDIAFLOW_ROUTES_AUTH_SERVICE_URI})
 * @param mediaApiUri base URI of media-api ({@code MEDIAFLOW_ROUTES_MEDIA_API_URI})
 */
@ConfigurationProperties("mediaflow.routes")
@Validated
public record RoutesProperties(@DefaultValue("http://localhost:8081") @NotNull URI authServiceUri,
		@DefaultValue("http://localhost:8082") @NotNull URI mediaApiUri) {
}
