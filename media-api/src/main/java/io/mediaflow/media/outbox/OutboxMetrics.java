package io.mediaflow.media.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far publishing lags behind uploads: messages waiting in the outbox, and the age of
 * the oldest.
 */
@Configuration(proxyBeanMethods = false)
class OutboxMetrics {

	@Bean
	Gauge outboxPending(MeterRegistry registry, Outbox outbox) {
		return Gauge.builder("mediaflow.outbox.pending", outbox, Outbox::pendingCount)
			.description("Outbox messages not yet confirmed by the broker")
			.register(registry);
	}

	@Bean
	Gauge outboxLag(MeterRegistry registry, JdbcClient jdbc) {
		return Gauge
			.builder("mediaflow.outbox.lag", jdbc,
					(db) -> db.sql("SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM outbox"
							+ " WHERE published_at IS NULL")
						.query(Double.class)
						.single())
			.description("Age of the oldest unpublished outbox message")
			.baseUnit("seconds")
			.register(registry);
	}

}
