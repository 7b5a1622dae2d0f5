package io.mediaflow.media.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes keys older than {@code mediaflow.idempotency.ttl}; a repeat after that runs as
 * a new request (the claim also takes over an expired key the sweep has not reached).
 */
@Component
class IdempotencyKeySweeper {

	private static final Logger logger = LoggerFactory.getLogger(IdempotencyKeySweeper.class);

	private final IdempotencyKeys keys;

	IdempotencyKeySweeper(IdempotencyKeys keys) {
		this.keys = keys;
	}

	@Scheduled(fixedDelayString = "${mediaflow.idempotency.sweep-interval:10m}", initialDelayString = "1m")
	void sweep() {
		int deleted = this.keys.deleteExpired();
		if (deleted > 0) {
			logger.info("Deleted {} expired idempotency keys", deleted);
		}
	}

}
