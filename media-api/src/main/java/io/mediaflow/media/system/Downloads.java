package io.mediaflow.media.system;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.platform.storage.StoredObject;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What downloads of results still being made have in common: a bounded wait, then 202
 * with Retry-After.
 */
public final class Downloads {

	private static final long POLL_MILLIS = 200;

	private Downloads() {
	}

	/**
	 * Looks {@code lookup} up until {@code ready} holds or {@code wait} has passed, and
	 * returns the last answer; empty when there is nothing to look up.
	 */
	public static <T> Optional<T> awaitReady(Supplier<Optional<T>> lookup, Predicate<T> ready, Duration wait)
			throws InterruptedException {
		long deadline = System.nanoTime() + wait.toNanos();
		while (true) {
			Optional<T> found = lookup.get();
			if (found.isEmpty() || ready.test(found.get()) || System.nanoTime() > deadline) {
				return found;
			}
			Thread.sleep(POLL_MILLIS);
		}
	}

	/**
	 * A 200 answer streaming a stored object, with its length when known and
	 * {@code nosniff} so that a browser keeps to the declared type; the caller adds what
	 * else it needs (Content-Disposition ...).
	 */
	public static ResponseEntity.BodyBuilder storedObject(MediaType type, @Nullable Long size) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(type).headers(Downloads::noSniff);
		if (size != null) {
			response.contentLength(size);
		}
		return response;
	}

	/** Stops a browser from guessing a download's type from its bytes. */
	public static void noSniff(HttpHeaders headers) {
		headers.set("X-Content-Type-Options", "nosniff");
	}

	/**
	 * Opens the object now, so that a missing object or an unreachable store is answered
	 * as a problem rather than after a 200; its bytes are copied to the response as they
	 * arrive.
	 */
	public static StreamingResponseBody streamed(ObjectStore store, String key) {
		StoredObject object = store.get(key);
		return (out) -> {
			try (object) {
				object.transferTo(out);
			}
		};
	}

	/**
	 * Not an error, but answered like one so that the body is a problem document with
	 * Retry-After.
	 */
	public static ErrorResponseException stillProcessing(String what) {
		ErrorResponseException accepted = Problems.exception(ProblemType.STILL_PROCESSING,
				"The " + what + " is still being made; try the same URL again shortly");
		accepted.getHeaders().set(HttpHeaders.RETRY_AFTER, "2");
		return accepted;
	}

}
