package io.mediaflow.media.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.mediaflow.common.cancel.CancelMarkers;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.media.task.TaskObjectKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes expired tasks a batch at a time: in one transaction it locks a batch
 * ({@code FOR UPDATE SKIP LOCKED}, so instances never sweep the same task), deletes the
 * tasks' objects from S3, then their rows, keeping each task as an EXPIRED tombstone. An
 * S3 failure rolls the batch back; the next sweep tries again (deletes are idempotent).
 */
@Component
class RetentionSweeper {

	private static final Logger logger = LoggerFactory.getLogger(RetentionSweeper.class);

	private final ExpiredTaskRepository expiredTasks;

	private final TaskObjectKeys objectKeys;

	private final ObjectStore store;

	private final TransactionTemplate transaction;

	private final RetentionProperties properties;

	RetentionSweeper(ExpiredTaskRepository expiredTasks, TaskObjectKeys objectKeys, ObjectStore store,
			TransactionTemplate transaction, RetentionProperties properties) {
		this.expiredTasks = expiredTasks;
		this.objectKeys = objectKeys;
		this.store = store;
		this.transaction = transaction;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${mediaflow.retention.sweep-interval:1m}", initialDelayString = "5s")
	void sweep() {
		if (!this.properties.enabled()) {
			return;
		}
		try {
			int swept;
			do {
				swept = sweepBatch();
			}
			while (swept == this.properties.batchSize());
		}
		catch (RuntimeException ex) {
			logger.warn("Retention sweep failed; trying again at the next one: {}", ex.getMessage());
		}
	}

	/** Expires one batch; the number of tasks it expired. */
	int sweepBatch() {
		Integer swept = this.transaction.execute((status) -> {
			List<UUID> taskIds = this.expiredTasks.lockExpired(this.properties.batchSize());
			List<String> keys = new ArrayList<>();
			for (UUID taskId : taskIds) {
				keys.addAll(this.objectKeys.of(taskId));
				keys.add(CancelMarkers.key(taskId));
			}
			if (!keys.isEmpty()) {
				this.store.delete(keys);
			}
			taskIds.forEach(this.expiredTasks::expire);
			return taskIds.size();
		});
		if (swept != null && swept > 0) {
			logger.info("Expired {} tasks past their retention period", swept);
		}
		return (swept != null) ? swept : 0;
	}

}
