package io.mediaflow.media.record;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param downloadWait how long {@code GET /record} waits for a conversion still running
 * before it answers 202
 * @param linkTtl how long the signed {@code download_url} of {@code POST /record} works
 * without credentials
 */
@ConfigurationProperties("mediaflow.records")
@Validated
public record RecordProperties(@DefaultValue("10s") @NotNull Duration downloadWait,
		@DefaultValue("7d") @NotNull @DurationMin(seconds = 1) Duration linkTtl) {
}
