package io.mediaflow.standalone.training;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.mediaflow.platform.runtime.CommonPool;
import io.mediaflow.standalone.InfrastructureUnavailableException;
import io.mediaflow.standalone.MediaflowStack;
import io.mediaflow.standalone.StandaloneSettings;

/**
 * {@code infra/standalone/run --train}: the training run of the AOT cache. Starts the
 * whole stack as the launcher does, but on free ports, with its own database
 * ({@code <name>_aot_training}) and its own data folder, so that nothing of the training
 * reaches the user's data; pushes {@link TrainingWorkload} through the gateway; stops.
 * The JVM records which classes were loaded and linked and how the hot methods behaved,
 * and writes that to the configuration file the cache is built from.
 */
public final class AotTraining {

	private AotTraining() {
	}

	public static void main(String[] args) throws Exception {
		CommonPool.ensureParallelism();
		Path dataDir = Files.createTempDirectory("mediaflow-aot-training");
		StandaloneSettings settings = trainingSettings(StandaloneSettings.fromEnvironment(System.getenv()), dataDir);
		int status = 0;
		try (MediaflowStack stack = MediaflowStack.start(settings)) {
			System.out.println("Mediaflow: training the AOT cache with " + TrainingWorkload.IMAGES
					+ " uploads (once per build)...");
			new TrainingWorkload(stack.gatewayUrl()).run();
		}
		catch (InfrastructureUnavailableException ex) {
			System.err.println("Mediaflow cannot train the AOT cache: " + ex.getMessage());
			status = 2;
		}
		catch (Exception ex) {
			ex.printStackTrace();
			status = 1;
		}
		finally {
			deleteRecursively(dataDir);
		}
		// the contexts may leave non-daemon threads behind; the recording is written when
		// the JVM exits
		System.exit(status);
	}

	static StandaloneSettings trainingSettings(StandaloneSettings base, Path dataDir) throws URISyntaxException {
		return new StandaloneSettings(trainingDatabase(base.databaseUrl()), base.databaseUser(),
				base.databasePassword(), base.rabbitHost(), base.rabbitPort(), base.rabbitUser(), base.rabbitPassword(),
				dataDir, 0, 0, 0, 0, 0, base.jwtSecret(), base.operatorPassword(), base.s3AccessKey(),
				base.s3SecretKey(), base.bindAddress(), base.bindAddress(), 0);
	}

	/**
	 * The same server, a database of its own: {@code jdbc:postgresql://h:5432/mediaflow}
	 * -> {@code mediaflow_aot_training}.
	 */
	static String trainingDatabase(String jdbcUrl) throws URISyntaxException {
		URI uri = new URI(jdbcUrl.substring("jdbc:".length()));
		return "jdbc:" + new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), uri.getPort(),
				uri.getPath() + "_aot_training", uri.getQuery(), uri.getFragment());
	}

	private static void deleteRecursively(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
