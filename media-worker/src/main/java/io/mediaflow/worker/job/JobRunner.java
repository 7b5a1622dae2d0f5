package io.mediaflow.worker.job;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

import com.rabbitmq.client.Channel;
import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.common.messaging.JobRequested;
import io.mediaflow.common.messaging.JobStarted;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.platform.storage.StoredObjectMissingException;
import io.mediaflow.worker.cancel.CanceledTasks;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.stereotype.Component;

/**
 * Runs one job message and decides its outcome on purpose:
 * <ul>
 * <li>done, or bad media: the outcome event is published and confirmed, then the job is
 * acked;</li>
 * <li>a transient fault (S3, broker, disk): after a back-off the job goes back to its
 * queue; the quorum queue's delivery limit dead-letters it eventually, and media-api then
 * marks the file FAILED;</li>
 * <li>an unreadable message never gets here: the listener container's converter fails on
 * it and the container rejects it straight to the dead-letter exchange.</li>
 * <li>a job of a canceled task: acked without any work. media-api removes a canceled
 * task's originals right after its cancel marker, so a job finds out when its original is
 * missing, and only then asks for the marker ({@link CanceledTasks}): one S3 request less
 * per job than asking first.</li>
 * </ul>
 * Before the work, every delivery announces its start ({@link JobStarted}): media-api's
 * processing timeout counts from there, not from the publication, so a long queue never
 * looks like a stuck job. The request id of the upload travels in a header and is put in
 * the logging context. Each job's time is recorded in {@code mediaflow.jobs}, tagged with
 * the codec that ran it.
 */
@Component
class JobRunner {

	private static final Logger logger = LoggerFactory.getLogger(JobRunner.class);

	private final OutcomePublisher outcomes;

	private final RetryProperties retry;

	private final MeterRegistry meters;

	private final CanceledTasks canceledTasks;

	JobRunner(OutcomePublisher outcomes, RetryProperties retry, MeterRegistry meters, CanceledTasks canceledTasks) {
		this.outcomes = outcomes;
		this.retry = retry;
		this.meters = meters;
		this.canceledTasks = canceledTasks;
	}

	<T extends JobRequested> void run(T job, Message message, Channel channel, String codec,
			Function<T, FileProcessed> processor) throws IOException {
		Class<?> type = job.getClass();
		long deliveryTag = message.getMessageProperties().getDeliveryTag();
		String requestId = message.getMessageProperties().getHeader(Messaging.REQUEST_ID_HEADER);
		if (requestId != null) {
			MDC.put("requestId", requestId);
		}
		try {
			Timer.Sample sample = Timer.start(this.meters);
			try {
				if (this.canceledTasks.remembered(job.taskId())) {
					skipCanceled(job, channel, deliveryTag, sample, codec);
					return;
				}
				announceStart(job, requestId);
				FileProcessed outcome;
				try {
					outcome = processor.apply(job);
				}
				catch (StoredObjectMissingException ex) {
					if (!this.canceledTasks.contains(job.taskId())) {
						throw ex;
					}
					skipCanceled(job, channel, deliveryTag, sample, codec);
					return;
				}
				this.outcomes.publish(outcome, requestId);
				channel.basicAck(deliveryTag, false);
				long nanos = record(sample, type, codec, outcome.succeeded() ? "succeeded" : "failed");
				logger.info("{} for file {} of task {}: {} in {} ms", type.getSimpleName(), job.fileId(), job.taskId(),
						outcome.succeeded() ? "done" : "failed", nanos / 1_000_000);
			}
			catch (RuntimeException ex) {
				record(sample, type, codec, "retried");
				long deliveries = deliveryCount(message);
				Duration backoff = this.retry.backoff(deliveries);
				logger.warn("{} for file {} failed on delivery {} ({}); retrying in {} ms", type.getSimpleName(),
						job.fileId(), deliveries + 1, ex.getMessage(), backoff.toMillis());
				sleep(backoff);
				channel.basicNack(deliveryTag, false, true);
			}
		}
		finally {
			MDC.remove("requestId");
		}
	}

	private void skipCanceled(JobRequested job, Channel channel, long deliveryTag, Timer.Sample sample, String codec)
			throws IOException {
		channel.basicAck(deliveryTag, false);
		record(sample, job.getClass(), codec, "canceled");
		logger.info("{} for file {} of task {}: skipped, the task was canceled", job.getClass().getSimpleName(),
				job.fileId(), job.taskId());
	}

	/**
	 * Best effort: a start that does not reach media-api only leaves the file looking
	 * queued, and the watchdog still finds it once its queue is empty; failing the job
	 * for it would turn a lost event into lost work.
	 */
	private void announceStart(JobRequested job, @Nullable String requestId) {
		try {
			this.outcomes.announce(new JobStarted(job.taskId(), job.fileId()), requestId);
		}
		catch (AmqpException ex) {
			logger.warn("Could not announce the start of file {} ({}); processing it anyway", job.fileId(),
					ex.getMessage());
		}
	}

	private long record(Timer.Sample sample, Class<?> type, String codec, String outcome) {
		String job = type.getSimpleName().replace("JobRequested", "").toLowerCase(Locale.ROOT);
		return sample.stop(Timer.builder("mediaflow.jobs")
			.description("Jobs run by this worker, by type and outcome")
			.tag("type", job)
			.tag("codec", codec)
			.tag("outcome", outcome)
			.publishPercentileHistogram()
			.register(this.meters));
	}

	/**
	 * How often the broker delivered this job before (quorum queues count it in
	 * {@code x-delivery-count}).
	 */
	static long deliveryCount(Message message) {
		Object count = message.getMessageProperties().getHeaders().get("x-delivery-count");
		if (count instanceof Number number) {
			return number.longValue();
		}
		return Boolean.TRUE.equals(message.getMessageProperties().getRedelivered()) ? 1 : 0;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
