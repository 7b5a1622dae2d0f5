package io.mediaflow.media.task;

import java.util.List;

import io.mediaflow.common.messaging.FileFailed;
import io.mediaflow.media.outbox.Outbox;
import io.mediaflow.media.outbox.OutboxRelay;
import io.mediaflow.media.task.TaskRepository.OverdueFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files whose result never came (a lost event, a job lost with a broker) would keep their
 * task unfinished forever: their job is sent again, and after the last attempt the file
 * is failed, so every task ends. A file is stuck when its job started longer than the
 * processing timeout ago (a worker announces each start), or when it was published that
 * long ago, never started, and its queue has drained (the job is not waiting there any
 * more). A job still waiting in its queue is never sent again nor failed: the queue, its
 * delivery limit and the dead-letter path bound it.
 */
@Component
class StuckFileWatchdog {

	private static final Logger logger = LoggerFactory.getLogger(StuckFileWatchdog.class);

	private final TaskRepository tasks;

	private final Outbox outbox;

	private final OutboxRelay relay;

	private final ResultRecorder recorder;

	private final TransactionTemplate transaction;

	private final WatchdogProperties properties;

	private final DrainedJobQueues queues;

	StuckFileWatchdog(TaskRepository tasks, Outbox outbox, OutboxRelay relay, ResultRecorder recorder,
			TransactionTemplate transaction, WatchdogProperties properties, DrainedJobQueues queues) {
		this.tasks = tasks;
		this.outbox = outbox;
		this.relay = relay;
		this.recorder = recorder;
		this.transaction = transaction;
		this.properties = properties;
		this.queues = queues;
	}

	@Scheduled(fixedDelayString = "${mediaflow.watchdog.check-interval:30s}",
			initialDelayString = "${mediaflow.watchdog.check-interval:30s}")
	void check() {
		double timeout = this.properties.processingTimeout().toMillis() / 1000.0;
		String[] drainedKinds = this.queues.look().stream().map(Enum::name).toArray(String[]::new);
		List<OverdueFile> stuck = this.tasks.overdueFiles(timeout, drainedKinds, 100);
		boolean republished = false;
		for (OverdueFile file : stuck) {
			if (file.attempts() >= this.properties.maxAttempts()) {
				logger.warn("File {} of task {} never finished after {} attempts; failing it", file.id(), file.taskId(),
						file.attempts());
				this.recorder.record(new FileFailed(file.taskId(), file.id(),
						"Processing did not finish in time after " + file.attempts() + " attempts"));
				continue;
			}
			Boolean sent = this.transaction
				.execute((status) -> this.tasks.requeueIfOverdue(file.id(), timeout, drainedKinds)
						&& this.outbox.appendAgain(file.id()));
			logger.warn("File {} of task {} {}; job sent again: {}", file.id(), file.taskId(),
					file.started() ? "started but never finished" : "left its queue but never started", sent);
			republished |= Boolean.TRUE.equals(sent);
		}
		if (republished) {
			this.relay.wakeUp();
		}
	}

}
