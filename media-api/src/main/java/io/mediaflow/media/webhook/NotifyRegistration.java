package io.mediaflow.media.webhook;

import java.util.UUID;

import io.mediaflow.media.system.PublicUrls;
import io.mediaflow.media.task.NotifyStatus;
import io.mediaflow.media.task.NotifyStatuses;
import io.mediaflow.media.task.TaskCreated;
import io.mediaflow.media.task.TaskEnded;
import io.mediaflow.media.task.TaskStatuses;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ties a callback to its task: registered with the task (in the upload's transaction),
 * scheduled with the task's end (in the transaction that ends it, with the final status
 * as its body), and shown in the task's status.
 */
@Component
class NotifyRegistration implements NotifyStatuses {

	private final WebhookDeliveries deliveries;

	private final TaskStatuses statuses;

	private final JsonMapper json;

	private final WebhookDispatcher dispatcher;

	NotifyRegistration(WebhookDeliveries deliveries, TaskStatuses statuses, JsonMapper json,
			WebhookDispatcher dispatcher) {
		this.deliveries = deliveries;
		this.statuses = statuses;
		this.json = json;
		this.dispatcher = dispatcher;
	}

	@EventListener
	void on(TaskCreated created) {
		String notifyUrl = NotifyUrlInterceptor.current();
		if (notifyUrl != null) {
			this.deliveries.register(created.taskId(), created.userId(), notifyUrl, PublicUrls.of(""));
		}
	}

	/**
	 * The body is the status as the owner reads it at this moment, its callback PENDING;
	 * every attempt sends these same bytes.
	 */
	@EventListener
	void on(TaskEnded ended) {
		this.deliveries.schedule(ended.taskId())
			.flatMap((waiting) -> this.statuses.find(waiting.taskId(), waiting.userId(), waiting.publicBaseUrl()))
			.ifPresent((status) -> this.deliveries.storePayload(ended.taskId(), this.json.writeValueAsString(status)));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void afterCommit(TaskEnded ended) {
		this.dispatcher.wakeUp();
	}

	@Override
	public @Nullable NotifyStatus of(UUID taskId) {
		return this.deliveries.status(taskId).orElse(null);
	}

}
