package io.mediaflow.worker.lifecycle;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Ends this worker once the launcher that started it is gone: it checks every second,
 * then stops the way SIGTERM does ({@link GracefulExit}). The handle remembers the
 * parent's start time, so a new process that reuses the id does not count as the parent.
 */
@Component
@ConditionalOnProperty("mediaflow.worker.parent-pid")
class ParentProcessWatchdog implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ParentProcessWatchdog.class);

	private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "parent-process-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	ParentProcessWatchdog(ParentProcessProperties properties, ConfigurableApplicationContext context) {
		long pid = (properties.parentPid() != null) ? properties.parentPid() : -1;
		Optional<ProcessHandle> parent = ProcessHandle.of(pid);
		if (parent.isEmpty()) {
			logger.warn("The launcher (pid {}) is already gone; stopping", pid);
			this.checks.execute(() -> GracefulExit.exit(context));
			return;
		}
		this.checks.scheduleWithFixedDelay(() -> {
			if (!parent.get().isAlive()) {
				logger.warn("The launcher (pid {}) is gone; stopping", pid);
				this.checks.shutdown();
				GracefulExit.exit(context);
			}
		}, 1, 1, TimeUnit.SECONDS);
	}

	/**
	 * No interrupt: when the launcher is gone, the stop runs on the check's own thread,
	 * and an interrupt would cut the rest of that stop short.
	 */
	@Override
	public void destroy() {
		this.checks.shutdown();
	}

}
