package io.mediaflow.media.retention;

import java.time.Duration;

import io.mediaflow.media.task.TaskRetention;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The configured retention, as new tasks take it.
 */
@Component
class RetentionPeriod implements TaskRetention {

	private final RetentionProperties properties;

	RetentionPeriod(RetentionProperties properties) {
		this.properties = properties;
	}

	@Override
	public @Nullable Duration period() {
		return this.properties.enabled() ? this.properties.period() : null;
	}

}
