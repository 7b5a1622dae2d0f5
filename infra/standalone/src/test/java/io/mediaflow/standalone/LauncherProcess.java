package io.mediaflow.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mediaflow.embedded.EmbeddedS3Server;
import io.mediaflow.standalone.workers.WorkerJar;
import io.mediaflow.testing.PostgresEndpoint;
import io.mediaflow.testing.RabbitEndpoint;
import io.mediaflow.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code infra/standalone/run} for tests: the launcher in a JVM of its own, on free
 * ports, against the tests' PostgreSQL and RabbitMQ, its output in a file.
 */
final class LauncherProcess {

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

	private LauncherProcess() {
	}

	static Process start(Path dataDir, Map<String, String> extraEnvironment, Path out, String... arguments)
			throws IOException {
		PostgresEndpoint postgres = TestInfrastructure.postgres();
		RabbitEndpoint rabbit = TestInfrastructure.rabbit();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-cp",
						System.getProperty("java.class.path")));
		for (String property : List.of(EmbeddedS3Server.JAR_PROPERTY, WorkerJar.JAR_PROPERTY)) {
			Optional.ofNullable(System.getProperty(property))
				.ifPresent((value) -> command.add(1, "-D" + property + "=" + value));
		}
		command.add(StandaloneLauncher.class.getName());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
		Map<String, String> env = builder.environment();
		env.keySet().removeIf((name) -> name.startsWith("MEDIAFLOW_") && !name.startsWith("MEDIAFLOW_TEST_"));
		env.putAll(Map.of("MEDIAFLOW_DB_URL", postgres.jdbcUrl(), "MEDIAFLOW_DB_USER", postgres.username(),
				"MEDIAFLOW_DB_PASSWORD", postgres.password(), "MEDIAFLOW_RABBIT_HOST", rabbit.host(),
				"MEDIAFLOW_RABBIT_PORT", Integer.toString(rabbit.port()), "MEDIAFLOW_RABBIT_USER", rabbit.username(),
				"MEDIAFLOW_RABBIT_PASSWORD", rabbit.password(), "MEDIAFLOW_DATA_DIR", dataDir.toString()));
		for (String port : List.of("GATEWAY", "AUTH", "MEDIA_API", "WORKER", "S3")) {
			env.put("MEDIAFLOW_" + port + "_PORT", "0");
		}
		env.put("MEDIAFLOW_WARMUP_SECONDS", "0"); // up to a minute otherwise; the
													// warm-up's test asks for it
		env.putAll(extraEnvironment);
		return builder.start();
	}

	/** Waits until the launcher prints that it is up. */
	static void awaitUp(Process launcher, Path out) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		while (!Files.readString(out).contains("Press Ctrl-C to stop.")) {
			assertThat(launcher.isAlive()).as("the launcher is running; it wrote:%n%s", tail(out)).isTrue();
			assertThat(System.nanoTime()).as("started within %s", STARTUP_TIMEOUT).isLessThan(deadline);
			Thread.sleep(250);
		}
	}

	static String tail(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

	static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (var paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
