package io.mediaflow.media.system;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * What downloads of results still being made have in common: a bounded wait, then 202 with Retry-After.
 */
public final class Downloads {

	private static final long POLL_MILLIS = 200;

	private Downloads() {
	}

	/**
	 * Looks {@code lookup} up until {@code ready} holds or {@code wait} has passed, and returns the last answer;
	 * empty when there is nothing to look up.
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

	/** Not an error, but answered like one so that the body is a problem document with Retry-After. */
	public static ErrorResponseException stillProcessing(String what) {
		ErrorResponseException accepted = problem(HttpStatus.ACCEPTED, "Still processing",
				"The " + what + " is still being made; try the same URL again shortly");
		accepted.getHeaders().set(HttpHeaders.RETRY_AFTER, "2");
		return accepted;
	}

	public static ErrorResponseException problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
