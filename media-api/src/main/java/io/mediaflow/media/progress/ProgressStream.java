package io.mediaflow.media.progress;

import java.io.IOException;
import java.util.Objects;
import java.util.UUID;

import io.mediaflow.media.task.TaskStatusResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One client's stream of one task: sends the status when it differs from what the client
 * last got, then {@code end} once the task is finished, and completes.
 */
final class ProgressStream {

	static final String STATUS_EVENT = "status";

	static final String END_EVENT = "end";

	private final UUID taskId;

	private final UUID userId;

	private final String publicBaseUrl;

	private final SseEmitter emitter;

	private final JsonMapper json;

	private @Nullable String lastSent;

	private boolean ended;

	ProgressStream(UUID taskId, UUID userId, String publicBaseUrl, SseEmitter emitter, JsonMapper json) {
		this.taskId = taskId;
		this.userId = userId;
		this.publicBaseUrl = publicBaseUrl;
		this.emitter = emitter;
		this.json = json;
	}

	UUID taskId() {
		return this.taskId;
	}

	UUID userId() {
		return this.userId;
	}

	String publicBaseUrl() {
		return this.publicBaseUrl;
	}

	SseEmitter emitter() {
		return this.emitter;
	}

	/** Sends the status if it changed; true when the stream has ended. */
	synchronized boolean push(TaskStatusResponse status) throws IOException {
		if (this.ended) {
			return true;
		}
		String body = this.json.writeValueAsString(status);
		if (!Objects.equals(body, this.lastSent)) {
			this.emitter.send(SseEmitter.event().name(STATUS_EVENT).data(body));
			this.lastSent = body;
		}
		if (status.status().finished()) {
			this.ended = true;
			this.emitter.send(SseEmitter.event().name(END_EVENT).data(body));
			this.emitter.complete();
		}
		return this.ended;
	}

	synchronized void heartbeat() throws IOException {
		if (!this.ended) {
			this.emitter.send(SseEmitter.event().comment("heartbeat"));
		}
	}

}
