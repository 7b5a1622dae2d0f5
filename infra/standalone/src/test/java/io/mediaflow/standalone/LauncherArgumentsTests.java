package io.mediaflow.standalone;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code infra/standalone/run --worker-processes N} and
 * {@code MEDIAFLOW_WORKER_PROCESSES}: the flag wins over the variable, and anything else
 * is one line naming what is wrong.
 */
class LauncherArgumentsTests {

	private static final Path DATA_DIR = Path.of("target", "launcher-arguments-test-data");

	@Test
	void theFlagInBothSpellingsWinsOverTheVariable() {
		StandaloneSettings fromEnvironment = settings(Map.of("MEDIAFLOW_WORKER_PROCESSES", "3"));
		assertThat(fromEnvironment.workerProcesses()).isEqualTo(3);
		assertThat(StandaloneLauncher.withArguments(fromEnvironment, new String[] { "--worker-processes", "2" })
			.workerProcesses()).isEqualTo(2);
		assertThat(StandaloneLauncher.withArguments(fromEnvironment, new String[] { "--worker-processes=0" })
			.workerProcesses()).isZero();
		assertThat(settings(Map.of()).workerProcesses()).as("the worker in the launcher's JVM by default").isZero();
	}

	@Test
	void aWrongCountOrAnUnknownArgumentIsRefusedWithOneLine() {
		StandaloneSettings settings = settings(Map.of());
		assertThatThrownBy(
				() -> StandaloneLauncher.withArguments(settings, new String[] { "--worker-processes", "two" }))
			.isInstanceOf(StandaloneStartupException.class)
			.hasMessage("MEDIAFLOW_WORKER_PROCESSES (--worker-processes) must be a whole number, not 'two'");
		assertThatThrownBy(() -> settings(Map.of("MEDIAFLOW_WORKER_PROCESSES", "-1")))
			.isInstanceOf(StandaloneStartupException.class)
			.hasMessage("MEDIAFLOW_WORKER_PROCESSES (--worker-processes) must be 0 or more, not -1");
		assertThatThrownBy(() -> StandaloneLauncher.withArguments(settings, new String[] { "--workers", "2" }))
			.isInstanceOf(StandaloneStartupException.class)
			.hasMessageStartingWith("unknown argument '--workers'");
	}

	private static StandaloneSettings settings(Map<String, String> extra) {
		Map<String, String> env = new HashMap<>(extra);
		env.put("MEDIAFLOW_DATA_DIR", DATA_DIR.toString());
		return StandaloneSettings.fromEnvironment(env);
	}

}
