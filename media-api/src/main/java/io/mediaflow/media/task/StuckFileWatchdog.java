package io.mediaflow.media.task;

import java.util.List;
import java.util.UUID;

import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.media.outbox.Outbox;
import io.mediaflow.media.outbox.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files whose result never came (a lost event, a job lost with a broker) would keep their task unfinished
 * forever: after the processing timeout their job is sent again, and after the last attempt the file is failed,
 * so every task ends.
 */
@Component
class StuckFileWatchdog {

	private static final Logger logger = LoggerFactory.getLogger(StuckFileWatchdog.class);

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final OutboxRelay relay;

	private final ResultRecorder recorder;

	private final TransactionTemplate transaction;

	private final WatchdogProperties properties;

	StuckFileWatchdog(JdbcClient jdbc, Outbox outbox, OutboxRelay relay, ResultRecorder recorder,
			TransactionTemplate transaction, WatchdogProperties properties) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.relay = relay;
		this.recorder = recorder;
		this.transaction = transaction;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${mediaflow.watchdog.check-interval:30s}",
			initialDelayString = "${mediaflow.watchdog.check-interval:30s}")
	void check() {
		List<StuckFile> stuck = this.jdbc.sql("""
				SELECT id, task_id, attempts FROM task_files
				WHERE status = 'PROCESSING' AND updated_at < now() - make_interval(secs => ?)
				ORDER BY updated_at LIMIT 100
				""")
			.param(this.properties.processingTimeout().toMillis() / 1000.0)
			.query((rs, row) -> new StuckFile(rs.getObject("id", UUID.class), rs.getObject("task_id", UUID.class),
					rs.getInt("attempts")))
			.list();
		boolean republished = false;
		for (StuckFile file : stuck) {
			if (file.attempts() >= this.properties.maxAttempts()) {
				logger.warn("File {} of task {} never finished after {} attempts; failing it", file.id(),
						file.taskId(), file.attempts());
				this.recorder.record(FileProcessed.failed(file.taskId(), file.id(),
						"Processing did not finish in time after " + file.attempts() + " attempts"));
				continue;
			}
			Boolean sent = this.transaction.execute((status) -> {
				this.jdbc.sql("UPDATE task_files SET status = 'PENDING', updated_at = now() WHERE id = ?"
						+ " AND status = 'PROCESSING'").param(file.id()).update();
				return this.outbox.appendAgain(file.id());
			});
			logger.warn("File {} of task {} stuck in PROCESSING; job sent again: {}", file.id(), file.taskId(), sent);
			republished |= Boolean.TRUE.equals(sent);
		}
		if (republished) {
			this.relay.wakeUp();
		}
	}

	private record StuckFile(UUID id, UUID taskId, int attempts) {
	}

}
