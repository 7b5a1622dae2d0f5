package io.mediaflow.media.system;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a download waits for its result, and the answer while it is still being made.
 */
class DownloadsTests {

	private final AtomicInteger lookups = new AtomicInteger();

	@Test
	void waitsUntilTheResultIsReady() throws InterruptedException {
		Optional<String> found = Downloads.awaitReady(
				() -> Optional.of((this.lookups.incrementAndGet() < 3) ? "PENDING" : "DONE"), "DONE"::equals,
				Duration.ofSeconds(5));

		assertThat(found).contains("DONE");
		assertThat(this.lookups).hasValue(3);
	}

	@Test
	void answersWhatItHasWhenTheWaitIsOver() throws InterruptedException {
		Optional<String> found = Downloads.awaitReady(() -> Optional.of("PENDING"), "DONE"::equals, Duration.ZERO);

		assertThat(found).contains("PENDING");
	}

	@Test
	void doesNotWaitForSomethingThatIsNotThere() throws InterruptedException {
		Optional<String> found = Downloads.awaitReady(() -> {
			this.lookups.incrementAndGet();
			return Optional.empty();
		}, "DONE"::equals, Duration.ofSeconds(5));

		assertThat(found).isEmpty();
		assertThat(this.lookups).hasValue(1);
	}

	@Test
	void stillProcessingIsAnAcceptedProblemWithRetryAfter() {
		ErrorResponseException answer = Downloads.stillProcessing("MP3");

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
		assertThat(answer.getBody().getDetail())
			.isEqualTo("The MP3 is still being made; try the same URL again shortly");
	}

}
