package io.mediaflow.worker.audio;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How audio jobs are run and encoded.
 *
 * @param consumers parallel audio jobs in this worker; 0 means one per CPU core
 * @param bitrateKbps MP3 bitrate in kbit/s (constant bitrate)
 * @param maxDuration longest recording converted: ffmpeg never decodes more than this
 * (plus a second), whatever the header says, and a longer recording fails (media-api
 * refuses longer ones by their header first)
 * @param timeout how long one ffmpeg run may take before it is stopped and the job fails
 */
@ConfigurationProperties("mediaflow.worker.audio")
@Validated
public record AudioProcessingProperties(@DefaultValue("0") @Min(0) int consumers,
		@DefaultValue("128") @Min(32) @Max(320) int bitrateKbps,
		@DefaultValue("30m") @NotNull @DurationMin(seconds = 1) Duration maxDuration,
		@DefaultValue("5m") @NotNull @DurationMin(millis = 1) Duration timeout) {

	public int effectiveConsumers() {
		return (this.consumers > 0) ? this.consumers : Runtime.getRuntime().availableProcessors();
	}

}
