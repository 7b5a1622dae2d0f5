package io.mediaflow.standalone.workers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * N media-worker processes, each {@code java -jar} of the worker's bootable jar, started
 * together and ready once each answers its readiness probe (RabbitMQ and S3 reached).
 * They end with the launcher: {@link #close()} sends each SIGTERM and waits for its
 * graceful stop (the worker's {@code mediaflow.worker.shutdown.timeout} and a margin),
 * and every worker watches the launcher's pid ({@code mediaflow.worker.parent-pid}) and
 * stops by itself when the launcher is gone without closing it ({@code kill -9}).
 * Settings go to a worker as system properties, secrets as environment variables, so that
 * {@code ps} shows none.
 */
public final class WorkerProcesses implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(WorkerProcesses.class);

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

	/** The worker's default shutdown timeout (25 s) and a margin. */
	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(40);

	private final List<Worker> workers;

	private volatile boolean closing;

	private WorkerProcesses(List<Worker> workers) {
		this.workers = workers;
		for (Worker worker : workers) {
			worker.process().onExit().thenRun(() -> {
				if (!this.closing) {
					logger.warn("{} (pid {}) ended with exit code {}; the others take its jobs", worker.name(),
							worker.process().pid(), worker.process().exitValue());
				}
			});
		}
	}

	/**
	 * One running worker process.
	 *
	 * @param name {@code media-worker-1} ...
	 * @param port its port (health and management only)
	 * @param process the process, for tests that stop or kill one
	 */
	public record Worker(String name, int port, Process process) {

	}

	/**
	 * Starts {@code count} workers and waits until each is ready.
	 * @param properties given to every worker as system properties
	 * @param secrets given to every worker as environment variables
	 * @param basePort the first worker's port, the next ones above it; 0 picks free ones
	 */
	public static WorkerProcesses start(int count, String bindAddress, String reachableHost, int basePort, Path logDir,
			Map<String, String> properties, Map<String, String> secrets) {
		Path jar = WorkerJar.locate();
		List<Worker> started = new ArrayList<>();
		WorkerProcesses workers = new WorkerProcesses(started);
		try {
			for (int i = 1; i <= count; i++) {
				int port = (basePort == 0) ? freePort(bindAddress) : basePort + i - 1;
				String name = "media-worker-" + i;
				started.add(new Worker(name, port, launch(jar, name, port, bindAddress, logDir, properties, secrets)));
			}
			for (Worker worker : started) {
				awaitReady(worker, reachableHost, logDir.resolve(worker.name() + ".out"));
			}
			return workers;
		}
		catch (RuntimeException ex) {
			workers.close();
			throw ex;
		}
	}

	public List<Worker> workers() {
		return List.copyOf(this.workers);
	}

	private static Process launch(Path jar, String name, int port, String bindAddress, Path logDir,
			Map<String, String> properties, Map<String, String> secrets) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("--enable-native-access=ALL-UNNAMED"); // the image kernel's JNI and
															// FFM calls
		command.add("-XX:+UseCompactObjectHeaders"); // JEP 519: less CPU per image
		String javaOptions = System.getenv("MEDIAFLOW_WORKER_JAVA_OPTS");
		if (javaOptions != null && !javaOptions.isBlank()) {
			command.addAll(List.of(javaOptions.trim().split("\\s+")));
		}
		properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
		command.add("-Dserver.port=" + port);
		command.add("-Dserver.address=" + bindAddress);
		command.add("-Dmediaflow.logging.dir=" + logDir.toAbsolutePath());
		command.add("-Dmediaflow.logging.name=" + name);
		command.add("-Dmediaflow.worker.parent-pid=" + ProcessHandle.current().pid());
		command.add("-jar");
		command.add(jar.toAbsolutePath().toString());
		try {
			Files.createDirectories(logDir);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(logDir.resolve(name + ".out").toFile());
			builder.environment().putAll(secrets);
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name, ex);
		}
	}

	private static void awaitReady(Worker worker, String host, Path output) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		URI readiness = URI.create("http://" + host + ":" + worker.port() + "/actuator/health/readiness");
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!worker.process().isAlive()) {
				throw new IllegalStateException(worker.name() + " ended at start with exit code "
						+ worker.process().exitValue() + "; its output is in " + output.toAbsolutePath());
			}
			try {
				if (http
					.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while " + worker.name() + " started", ex);
			}
			sleep(Duration.ofMillis(250));
		}
		throw new IllegalStateException(worker.name() + " was not ready within " + STARTUP_TIMEOUT.toSeconds()
				+ " s; its output is in " + output.toAbsolutePath());
	}

	private static int freePort(String bindAddress) {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(bindAddress))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * SIGTERM to every worker at once, then a wait for each; a worker still running past
	 * {@link #STOP_TIMEOUT} is killed.
	 */
	@Override
	public void close() {
		this.closing = true;
		this.workers.forEach((worker) -> worker.process().destroy());
		for (Worker worker : this.workers) {
			try {
				if (!worker.process().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
					logger.warn("{} (pid {}) did not stop within {} s; killing it", worker.name(),
							worker.process().pid(), STOP_TIMEOUT.toSeconds());
					worker.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				worker.process().destroyForcibly();
			}
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the workers started", ex);
		}
	}

}
