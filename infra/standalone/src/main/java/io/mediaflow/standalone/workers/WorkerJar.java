package io.mediaflow.standalone.workers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where media-worker's bootable jar is: {@code -Dmediaflow.worker.jar} (or
 * {@code MEDIAFLOW_WORKER_JAR}), else the newest {@code media-worker-*-exec.jar} under
 * {@code media-worker/target} of the working directory or one of its parents (the
 * repository, for {@code infra/standalone/run} and the tests).
 */
public final class WorkerJar {

	public static final String JAR_PROPERTY = "mediaflow.worker.jar";

	private WorkerJar() {
	}

	public static Path locate() {
		String configured = Optional.ofNullable(System.getProperty(JAR_PROPERTY))
			.orElse(System.getenv("MEDIAFLOW_WORKER_JAR"));
		if (configured != null) {
			Path jar = Path.of(configured);
			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException("media-worker's jar is not at " + jar.toAbsolutePath() + " ("
						+ JAR_PROPERTY + "): build it with ./mvnw -pl media-worker -am package -DskipTests");
			}
			return jar;
		}
		for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
			Optional<Path> built = newestIn(directory.resolve("media-worker").resolve("target"));
			if (built.isPresent()) {
				return built.get();
			}
		}
		throw new IllegalStateException("media-worker's jar (media-worker/target/media-worker-*-exec.jar) was not"
				+ " found: build it with ./mvnw -pl media-worker -am package -DskipTests, or set -D" + JAR_PROPERTY
				+ " (MEDIAFLOW_WORKER_JAR) to its path");
	}

	private static Optional<Path> newestIn(Path target) {
		if (!Files.isDirectory(target)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().matches("media-worker-.*-exec\\.jar"))
				.max(Comparator.comparing(WorkerJar::modified));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
