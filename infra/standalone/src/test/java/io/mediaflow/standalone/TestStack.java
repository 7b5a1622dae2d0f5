package io.mediaflow.standalone;

import java.util.Map;
import java.util.function.Function;

import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.embedded.TcpProbe;
import io.mediaflow.testing.TcpProxy;
import io.mediaflow.testing.TestInfrastructure;
import org.jspecify.annotations.Nullable;

/**
 * The stack settings the integration tests need, one constant per distinct set: classes
 * with equal settings share one started stack. The constants run in this order
 * ({@link StackGroupOrder}).
 */
public enum TestStack {

	/** No stack: the class starts its own process, or none. */
	NONE(null),

	/**
	 * The defaults, with webhook retries fast enough to watch and media-api's decoded
	 * image bound raised so that the worker's own bound is the one an oversized image
	 * meets. Neither matters to a request that sends no {@code notify_url} or images of a
	 * few megapixels.
	 */
	STANDARD((kind) -> plain(kind,
			Map.of("mediaflow.webhooks.initial-backoff", "200ms", "mediaflow.webhooks.timeout", "2s",
					"mediaflow.webhooks.max-attempts", "3", "mediaflow.limits.max-decoded-image-size", "1GB"))),

	/** A login limit of 3 failures a minute per client and 5 per account. */
	HARDENING((kind) -> plain(kind,
			Map.of("mediaflow.gateway.login-limit.window", "60s", "mediaflow.gateway.login-limit.max-failures", "3",
					"mediaflow.gateway.login-limit.account-ceiling", "5"))),

	/**
	 * Small limits: 1 MB per file, 5 files per upload, 5 failed logins in 8 s (long
	 * enough for five bcrypt checks on a busy two-core machine).
	 */
	HOSTILE_INPUT((kind) -> plain(kind,
			Map.of("mediaflow.limits.max-file-size", "1MB", "mediaflow.limits.max-files-per-upload", "5",
					"mediaflow.gateway.login-limit.window", "8s", "mediaflow.gateway.login-limit.max-failures", "5"))),

	/** Audio of at most 2 s. */
	SHORT_AUDIO((kind) -> plain(kind, Map.of("mediaflow.worker.audio.max-duration", "2s"))),

	/** Every port on every interface, as a misconfigured or containerised stack. */
	ALL_INTERFACES((kind) -> new StartedStack(kind,
			MediaflowStack.start(StackFixture.settings().withBindAddresses("0.0.0.0", "0.0.0.0")), null, null)),

	/**
	 * One image consumer, so that an upload's files run one after the other, and a live
	 * progress heartbeat every half second.
	 */
	SINGLE_IMAGE_CONSUMER((kind) -> plain(kind,
			Map.of("mediaflow.worker.image.consumers", "1", "mediaflow.progress.heartbeat-interval", "500ms"))),

	/** Finished tasks removed 10 s after they end, swept every second. */
	RETENTION((kind) -> plain(kind,
			Map.of("mediaflow.retention.period", "10s", "mediaflow.retention.sweep-interval", "1s"))),

	/** The worker in a process of its own instead of in the test JVM. */
	WORKER_PROCESS((kind) -> new StartedStack(kind,
			MediaflowStack.start(StackFixture.settings().withWorkerProcesses(1), Map.of()), null, null)),

	/** A watchdog that gives a processing file 5 s and looks every second. */
	SHORT_TIMEOUTS(TestStack::shortTimeouts),

	/**
	 * A proxy between the services and S3 that a test can cut, fast job retries and a 3 s
	 * watchdog.
	 */
	DEAD_LETTER(TestStack::deadLetter),

	/** Proxies between the services and RabbitMQ and S3 that a test can cut. */
	OUTAGE(TestStack::outage);

	private final @Nullable Function<TestStack, StartedStack> starter;

	TestStack(@Nullable Function<TestStack, StartedStack> starter) {
		this.starter = starter;
	}

	/** Starts this kind of stack; {@code null} for {@link #NONE}. */
	@Nullable StartedStack start() {
		return (this.starter != null) ? this.starter.apply(this) : null;
	}

	private static StartedStack plain(TestStack kind, Map<String, Object> overrides) {
		return new StartedStack(kind, MediaflowStack.start(StackFixture.settings(), overrides), null, null);
	}

	private static StartedStack shortTimeouts(TestStack kind) {
		StandaloneSettings settings = StackFixture.settings();
		TestInfrastructure.purgeQueues(Messaging.JOB_STARTS_QUEUE);
		return new StartedStack(kind, MediaflowStack.start(settings,
				Map.of("mediaflow.watchdog.processing-timeout", "5s", "mediaflow.watchdog.check-interval", "1s")), null,
				null);
	}

	private static StartedStack deadLetter(TestStack kind) {
		StandaloneSettings real = StackFixture.settings();
		int s3Port = TcpProbe.freePort();
		TcpProxy s3Proxy = TcpProxy.start("127.0.0.1", s3Port);
		try {
			StandaloneSettings settings = StackFixture.withProxies(real, real.rabbitHost(), real.rabbitPort(), s3Port);
			return new StartedStack(kind,
					MediaflowStack.start(settings, Map.of("mediaflow.storage.endpoint",
							"http://127.0.0.1:" + s3Proxy.port(), "mediaflow.worker.retry.initial-backoff", "50ms",
							"mediaflow.worker.retry.max-backoff", "100ms", "mediaflow.watchdog.processing-timeout",
							"3s", "mediaflow.watchdog.check-interval", "1s")),
					null, s3Proxy);
		}
		catch (RuntimeException ex) {
			s3Proxy.close();
			throw ex;
		}
	}

	private static StartedStack outage(TestStack kind) {
		StandaloneSettings real = StackFixture.settings();
		int s3Port = TcpProbe.freePort();
		TcpProxy rabbitProxy = TcpProxy.start(real.rabbitHost(), real.rabbitPort());
		TcpProxy s3Proxy = TcpProxy.start("127.0.0.1", s3Port);
		try {
			StandaloneSettings proxied = StackFixture.withProxies(real, "127.0.0.1", rabbitProxy.port(), s3Port);
			return new StartedStack(kind,
					MediaflowStack.start(proxied,
							Map.of("mediaflow.storage.endpoint", "http://127.0.0.1:" + s3Proxy.port())),
					rabbitProxy, s3Proxy);
		}
		catch (RuntimeException ex) {
			rabbitProxy.close();
			s3Proxy.close();
			throw ex;
		}
	}

}
