package io.mediaflow.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Wrong passwords counted twice: per (account, client address), limited by
 * {@code maxFailures}, so that one client only locks itself out; and per account from
 * every address, limited by the higher {@code accountCeiling}, so that guessing spread
 * over many addresses is bounded too. Each count runs in a fixed window from its first
 * failure. At most {@code MAX_TRACKED} counts are kept (the least used go first) and a
 * count is forgotten a window after its last failure.
 */
final class LoginAttempts {

	private static final int MAX_TRACKED = 200_000;

	private final LoginLimitProperties limits;

	private final ConcurrentMap<String, Failures> failures;

	LoginAttempts(LoginLimitProperties limits) {
		this.limits = limits;
		this.failures = Caffeine.newBuilder()
			.maximumSize(MAX_TRACKED)
			.expireAfterWrite(limits.window())
			.<String, Failures>build()
			.asMap();
	}

	/** How long this client must wait before trying this account again, if it must. */
	Optional<Duration> pause(String account, String client, Instant now) {
		Optional<Duration> own = pause(pairKey(account, client), this.limits.maxFailures(), now);
		return own.isPresent() ? own : pause(accountKey(account), this.limits.accountCeiling(), now);
	}

	void failed(String account, String client, Instant now) {
		count(pairKey(account, client), now);
		count(accountKey(account), now);
	}

	void succeeded(String account, String client) {
		this.failures.remove(pairKey(account, client));
	}

	private Optional<Duration> pause(String key, int limit, Instant now) {
		Failures current = this.failures.get(key);
		if (current == null || current.count() < limit || !current.until(this.limits.window()).isAfter(now)) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, current.until(this.limits.window())));
	}

	private void count(String key, Instant now) {
		this.failures.compute(key,
				(ignored, previous) -> (previous == null || !previous.until(this.limits.window()).isAfter(now))
						? new Failures(1, now) : new Failures(previous.count() + 1, previous.since()));
	}

	private static String pairKey(String account, String client) {
		return "pair:" + client + " " + account;
	}

	private static String accountKey(String account) {
		return "account:" + account;
	}

	private record Failures(int count, Instant since) {

		Instant until(Duration window) {
			return this.since.plus(window);
		}

	}

}
