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

	private long lastRead = Long.MIN_VALUE;

	private int lastFinishedFiles = -1;

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

	/**
	 * Sends the status if it changed; true when the stream has ended. Reads are numbered
	 * in the order they started: a read that started before the one last sent, or that
	 * counts fewer finished files, is older than what the client has and is dropped,
	 * since pushes from several threads may arrive out of order.
	 */
	synchronized boolean push(TaskStatusResponse status, long read) throws IOException {
		if (this.ended) {
			return true;
		}
		int finishedFiles = status.progress().done() + status.progress().failed();
		if (read < this.lastRead || finishedFiles < this.lastFinishedFiles) {
			return false;
		}
		this.lastRead = read;
		this.lastFinishedFiles = finishedFiles;
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
