package io.mediaflow.media.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due callbacks: the stored status JSON, signed with the owner's current secret, to
 * a URL checked again right before the request. An answer 2xx delivers it; another
 * answer, a refused connection or no answer within the timeout is a failed attempt,
 * retried with exponential back-off until the last attempt. Redirects are not followed.
 */
@Component
class WebhookDispatcher {

	private static final Logger logger = LoggerFactory.getLogger(WebhookDispatcher.class);

	private static final int BATCH = 20;

	private final WebhookDeliveries deliveries;

	private final WebhookSecrets secrets;

	private final NotifyUrlGuard guard;

	private final WebhookProperties properties;

	private final HttpClient http;

	private final ExecutorService rounds = Executors
		.newSingleThreadExecutor((runnable) -> new Thread(runnable, "webhook-dispatcher"));

	private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();

	private final AtomicBoolean wakeUpPending = new AtomicBoolean();

	WebhookDispatcher(WebhookDeliveries deliveries, WebhookSecrets secrets, NotifyUrlGuard guard,
			WebhookProperties properties) {
		this.deliveries = deliveries;
		this.secrets = secrets;
		this.guard = guard;
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Asks for a sending round soon; rounds never overlap and repeated calls coalesce.
	 */
	void wakeUp() {
		if (this.wakeUpPending.compareAndSet(false, true)) {
			this.rounds.execute(() -> {
				this.wakeUpPending.set(false);
				drain();
			});
		}
	}

	@Scheduled(fixedDelayString = "${mediaflow.webhooks.poll-interval:1s}")
	void poll() {
		wakeUp();
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.rounds.shutdown();
		this.requests.shutdown();
		this.rounds.awaitTermination(10, TimeUnit.SECONDS);
	}

	private void drain() {
		try {
			Duration lease = this.properties.timeout().multipliedBy(3);
			List<WebhookDeliveries.Due> due = this.deliveries.claimDue(BATCH, lease);
			while (!due.isEmpty()) {
				List<Future<?>> sent = new ArrayList<>();
				for (WebhookDeliveries.Due delivery : due) {
					sent.add(this.requests.submit(() -> send(delivery)));
				}
				for (Future<?> request : sent) {
					request.get();
				}
				due = this.deliveries.claimDue(BATCH, lease);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			logger.error("Webhook round failed, will retry", ex);
		}
	}

	private void send(WebhookDeliveries.Due delivery) {
		URI target;
		try {
			target = this.guard.check(delivery.url());
		}
		catch (NotifyUrlRefusedException ex) {
			logger.warn("Callback of task {} refused at delivery: {}", delivery.taskId(), ex.reason());
			this.deliveries.attemptFailed(delivery.taskId(), null, ex.reason(), null);
			return;
		}
		byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(target)
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "Mediaflow-Webhooks")
			.header("X-Mediaflow-Task-Id", delivery.taskId().toString())
			.header(WebhookSigner.HEADER, WebhookSigner.signature(this.secrets.of(delivery.userId()), body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			int status = this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status >= 200 && status < 300) {
				this.deliveries.delivered(delivery.taskId(), status);
				logger.info("Callback of task {} delivered ({})", delivery.taskId(), status);
			}
			else {
				failed(delivery, status, "The receiver answered " + status);
			}
		}
		catch (HttpTimeoutException ex) {
			failed(delivery, null, "No answer within " + this.properties.timeout().toMillis() + " ms");
		}
		catch (IOException ex) {
			failed(delivery, null, "Could not reach the receiver: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void failed(WebhookDeliveries.Due delivery, @Nullable Integer status, String error) {
		int attempts = delivery.attempts() + 1;
		Duration retryIn = (attempts < this.properties.maxAttempts()) ? this.properties.backoff(attempts) : null;
		this.deliveries.attemptFailed(delivery.taskId(), status, error, retryIn);
		logger.warn("Callback of task {} failed (attempt {}): {}; {}", delivery.taskId(), attempts, error,
				(retryIn != null) ? "retrying in " + retryIn.toMillis() + " ms" : "giving up");
	}

}
