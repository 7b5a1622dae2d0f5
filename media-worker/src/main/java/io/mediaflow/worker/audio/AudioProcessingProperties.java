package io.mediaflow.worker.audio;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How audio jobs are run and encoded.
 *
 * @param consumers parallel audio jobs in this worker; 0 means one per CPU core
 * @param bitrateKbps MP3 bitrate in kbit/s (constant bitrate)
 */
@ConfigurationProperties("mediaflow.worker.audio")
@Validated
public record AudioProcessingProperties(@DefaultValue("0") @Min(0) int consumers,
		@DefaultValue("128") @Min(32) @Max(320) int bitrateKbps) {

	public int effectiveConsumers() {
		return (this.consumers > 0) ? this.consumers : Runtime.getRuntime().availableProcessors();
	}

}
