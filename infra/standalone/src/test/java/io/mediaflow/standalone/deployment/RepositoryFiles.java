package io.mediaflow.standalone.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of the repository, found from the directory the tests run in (a module directory
 * or the root), and resources of the test classpath.
 */
final class RepositoryFiles {

	private static final Path ROOT = findRoot();

	private RepositoryFiles() {
	}

	static Path path(String relative) {
		return ROOT.resolve(relative);
	}

	static String read(String relative) {
		Path file = path(relative);
		if (!Files.isRegularFile(file)) {
			throw new AssertionError(relative + " is missing (looked in " + ROOT + ")");
		}
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A resource of the test classpath (the services' jars), as text. */
	static String classpath(String resource) {
		try (InputStream in = RepositoryFiles.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new AssertionError(resource + " is not on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path findRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
				return dir;
			}
		}
		throw new IllegalStateException(
				"No repository root (a directory with mvnw and pom.xml) above " + Path.of("").toAbsolutePath());
	}

}
