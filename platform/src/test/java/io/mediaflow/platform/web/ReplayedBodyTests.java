package io.mediaflow.platform.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A body the gateway read is handed on whole as a blocking servlet stream that says when
 * it is finished.
 */
class ReplayedBodyTests {

	@Test
	void replaysTheBodyAndIsFinishedAtItsEnd() throws Exception {
		ReplayedBody body = new ReplayedBody(new ByteArrayInputStream("user_id=u-1".getBytes(StandardCharsets.UTF_8)));

		assertThat(body.isReady()).isTrue();
		assertThat(body.read()).isEqualTo('u');
		assertThat(body.isFinished()).isFalse();
		byte[] rest = new byte[64];
		int read = body.read(rest, 0, rest.length);
		assertThat(new String(rest, 0, read, StandardCharsets.UTF_8)).isEqualTo("ser_id=u-1");
		assertThat(body.isFinished()).isFalse();
		assertThat(body.read(rest, 0, rest.length)).isEqualTo(-1);
		assertThat(body.isFinished()).isTrue();
	}

	@Test
	void refusesAsynchronousReads() {
		ReplayedBody body = new ReplayedBody(new ByteArrayInputStream(new byte[0]));

		assertThatIllegalStateException().isThrownBy(() -> body.setReadListener(null));
	}

}
