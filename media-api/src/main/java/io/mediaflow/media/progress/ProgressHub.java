package io.mediaflow.media.progress;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.mediaflow.media.task.FileFinished;
import io.mediaflow.media.task.TaskEnded;
import io.mediaflow.media.task.TaskStatusResponse;
import io.mediaflow.media.task.TaskStatuses;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of this instance, by task, in memory: a stream holds no database
 * connection, its status is read again only when something changed. A change recorded
 * here pushes at once (after its commit); every {@code refresh-interval} the status of
 * each task with a stream is read again, which carries the changes another instance
 * recorded. Heartbeat comments keep idle streams open through proxies.
 */
@Component
class ProgressHub {

	private static final Logger logger = LoggerFactory.getLogger(ProgressHub.class);

	private final Map<UUID, Set<ProgressStream>> streams = new ConcurrentHashMap<>();

	private final TaskStatuses statuses;

	private final ProgressProperties properties;

	private final JsonMapper json;

	private final ExecutorService pushes = Executors.newVirtualThreadPerTaskExecutor();

	ProgressHub(TaskStatuses statuses, ProgressProperties properties, JsonMapper json) {
		this.statuses = statuses;
		this.properties = properties;
		this.json = json;
	}

	/**
	 * A stream of the user's task that starts with its current status (and ends at once
	 * when the task is finished); empty when the user has no task of that id.
	 */
	Optional<SseEmitter> open(UUID taskId, UUID userId, String publicBaseUrl) {
		SseEmitter emitter = new SseEmitter(this.properties.streamTimeout().toMillis());
		ProgressStream stream = new ProgressStream(taskId, userId, publicBaseUrl, emitter, this.json);
		// registered before the first read, so that no change falls between the read and
		// the
		// registration
		this.streams.computeIfAbsent(taskId, (id) -> ConcurrentHashMap.newKeySet()).add(stream);
		emitter.onCompletion(() -> remove(stream));
		emitter.onTimeout(() -> {
			remove(stream);
			emitter.complete();
		});
		emitter.onError((ex) -> remove(stream));
		Optional<TaskStatusResponse> status;
		try {
			status = this.statuses.find(taskId, userId, publicBaseUrl);
		}
		catch (RuntimeException ex) { // an expired task (410), or the database failed
			remove(stream);
			throw ex;
		}
		if (status.isEmpty()) {
			remove(stream);
			return Optional.empty();
		}
		push(stream, status.get());
		return Optional.of(emitter);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(FileFinished finished) {
		refreshSoon(finished.result().taskId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(TaskEnded ended) {
		refreshSoon(ended.taskId());
	}

	@Scheduled(fixedDelayString = "${mediaflow.progress.refresh-interval:2s}")
	void refreshAll() {
		this.streams.keySet().forEach(this::refresh);
	}

	@Scheduled(fixedDelayString = "${mediaflow.progress.heartbeat-interval:15s}")
	void heartbeat() {
		for (ProgressStream stream : open()) {
			try {
				stream.heartbeat();
			}
			catch (IOException | IllegalStateException ex) {
				gone(stream, ex);
			}
		}
	}

	int openStreams() {
		return this.streams.values().stream().mapToInt(Set::size).sum();
	}

	@PreDestroy
	void closeAll() {
		open().forEach((stream) -> stream.emitter().complete());
		this.pushes.shutdownNow();
	}

	private void refreshSoon(UUID taskId) {
		if (this.streams.containsKey(taskId)) {
			this.pushes.execute(() -> refresh(taskId));
		}
	}

	private void refresh(UUID taskId) {
		for (ProgressStream stream : this.streams.getOrDefault(taskId, Set.of())) {
			try {
				this.statuses.find(taskId, stream.userId(), stream.publicBaseUrl())
					.ifPresent((status) -> push(stream, status));
			}
			catch (RuntimeException ex) {
				logger.warn("Could not read the status of task {} for its event stream: {}", taskId, ex.getMessage());
			}
		}
	}

	private void push(ProgressStream stream, TaskStatusResponse status) {
		try {
			if (stream.push(status)) {
				remove(stream);
			}
		}
		catch (IOException | IllegalStateException ex) {
			gone(stream, ex);
		}
	}

	/** The client went away (or the stream completed meanwhile). */
	private void gone(ProgressStream stream, Exception ex) {
		logger.debug("Event stream of task {} closed: {}", stream.taskId(), ex.getMessage());
		remove(stream);
		stream.emitter().completeWithError(ex);
	}

	private void remove(ProgressStream stream) {
		this.streams.computeIfPresent(stream.taskId(), (id, set) -> {
			set.remove(stream);
			return set.isEmpty() ? null : set;
		});
	}

	private List<ProgressStream> open() {
		return this.streams.values().stream().flatMap(Set::stream).toList();
	}

}
