package io.mediaflow.media.webhook;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The SSRF guard on literal addresses (no DNS needed): what a notify_url may and may not
 * reach.
 */
class NotifyUrlGuardTests {

	private final NotifyUrlGuard strict = guard(false, false);

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/hook", "http://localhost:8080/hook", "http://[::1]/hook",
			"http://10.0.0.1/hook", "http://172.16.5.4/hook", "http://192.168.0.10/hook", "http://100.64.0.1/hook",
			"http://169.254.169.254/latest/meta-data", "http://[fe80::1]/hook", "http://[fd12:3456::1]/hook",
			"http://224.0.0.251/hook", "http://[ff02::1]/hook", "http://0.0.0.0/hook", "http://[::]/hook",
			"http://[::ffff:10.0.0.1]/hook", "http://[::ffff:127.0.0.1]/hook" })
	void internalAddressesAreRefused(String url) {
		assertThatExceptionOfType(NotifyUrlRefusedException.class).isThrownBy(() -> this.strict.check(url))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://93.184.215.14/hook", "/relative/hook", "http:///no-host",
			"https://user:pw@93.184.215.14/", "not a url at all" })
	void whatIsNotAnHttpUrlIsABadRequest(String url) {
		assertThatExceptionOfType(NotifyUrlRefusedException.class).isThrownBy(() -> this.strict.check(url))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://93.184.215.14/hook", "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook" })
	void publicAddressesAreAllowed(String url) {
		assertThat(this.strict.check(url).toString()).isEqualTo(url);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:9000/hook", "http://[::1]/hook" })
	void loopbackIsAllowedOnlyWhenConfigured(String url) {
		assertThat(guard(true, false).check(url).toString()).isEqualTo(url);
		assertThatExceptionOfType(NotifyUrlRefusedException.class).isThrownBy(() -> guard(false, true).check(url));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://10.0.0.1/hook", "http://[fd00::1]/hook" })
	void privateNetworksAreAllowedOnlyWhenConfigured(String url) {
		assertThat(guard(false, true).check(url).toString()).isEqualTo(url);
		assertThatExceptionOfType(NotifyUrlRefusedException.class).isThrownBy(() -> guard(true, false).check(url));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://169.254.169.254/latest/meta-data", "http://224.0.0.1/" })
	void linkLocalAndMulticastAreNeverAllowed(String url) {
		assertThatExceptionOfType(NotifyUrlRefusedException.class).isThrownBy(() -> guard(true, true).check(url));
	}

	private static NotifyUrlGuard guard(boolean allowLoopback, boolean allowPrivateNetworks) {
		return new NotifyUrlGuard(new WebhookProperties(8, Duration.ofSeconds(5), Duration.ofMinutes(30),
				Duration.ofSeconds(10), Duration.ofSeconds(1), allowLoopback, allowPrivateNetworks));
	}

}
