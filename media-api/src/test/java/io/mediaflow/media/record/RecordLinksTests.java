package io.mediaflow.media.record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordLinksTests {

	private static final String SECRET = "record-links-tests-secret-0123456789";

	private static final Instant NOW = Instant.parse("2026-11-30T20:00:00Z");

	private final RecordLinks links = links(SECRET, NOW);

	private final UUID record = UUID.randomUUID();

	private final UUID user = UUID.randomUUID();

	@Test
	void permitsTheLinkItSignedUntilItExpires() {
		long expires = NOW.plusSeconds(60).getEpochSecond();
		String sig = this.links.signature(this.record, this.user, expires);

		assertThat(this.links.permits(this.record, this.user, Long.toString(expires), sig)).isTrue();
		assertThat(links(SECRET, NOW.plusSeconds(59)).permits(this.record, this.user, Long.toString(expires), sig))
			.isTrue();
		assertThat(links(SECRET, NOW.plusSeconds(60)).permits(this.record, this.user, Long.toString(expires), sig))
			.isFalse();
	}

	@Test
	void refusesALinkAlteredInAnyPart() {
		long expires = NOW.plusSeconds(60).getEpochSecond();
		String sig = this.links.signature(this.record, this.user, expires);

		assertThat(this.links.permits(UUID.randomUUID(), this.user, Long.toString(expires), sig)).isFalse();
		assertThat(this.links.permits(this.record, UUID.randomUUID(), Long.toString(expires), sig)).isFalse();
		assertThat(this.links.permits(this.record, this.user, Long.toString(expires + 3600), sig)).isFalse();
		assertThat(this.links.permits(this.record, this.user, Long.toString(expires), flipFirst(sig))).isFalse();
		assertThat(this.links.permits(this.record, this.user, Long.toString(expires), sig + "A")).isFalse();
		assertThat(this.links.permits(this.record, this.user, "-1", sig)).isFalse();
		assertThat(this.links.permits(this.record, this.user, "soon", sig)).isFalse();
		assertThat(this.links.permits(this.record, this.user, null, sig)).isFalse();
		assertThat(this.links.permits(this.record, this.user, Long.toString(expires), null)).isFalse();
	}

	@Test
	void refusesALinkSignedWithAnotherSecret() {
		long expires = NOW.plusSeconds(60).getEpochSecond();
		String foreign = links("another-secret-of-32-characters-at-least", NOW).signature(this.record, this.user,
				expires);

		assertThat(this.links.permits(this.record, this.user, Long.toString(expires), foreign)).isFalse();
	}

	private static String flipFirst(String sig) {
		return ((sig.charAt(0) == 'A') ? "B" : "A") + sig.substring(1);
	}

	private static RecordLinks links(String secret, Instant now) {
		return new RecordLinks(secret, new RecordProperties(Duration.ofSeconds(10), Duration.ofDays(7)),
				Clock.fixed(now, ZoneOffset.UTC));
	}

}
