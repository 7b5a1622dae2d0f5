package io.mediaflow.media.image;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The single-image store.
 *
 * @param defaultQuality JPEG quality when the request names none
 * @param maxSide largest width or height a request may ask to fit into
 * @param downloadWait how long {@code GET /image} waits for a JPEG still being made
 * before it answers 202
 */
@ConfigurationProperties("mediaflow.images")
@Validated
public record ImageProperties(@DefaultValue("85") @Min(1) @Max(100) int defaultQuality,
		@DefaultValue("10000") @Min(1) int maxSide, @DefaultValue("10s") @NotNull Duration downloadWait) {
}
