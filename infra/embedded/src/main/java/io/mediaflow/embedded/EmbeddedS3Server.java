package io.mediaflow.embedded;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S3-compatible server (S3Proxy with its filesystem backend) running as a child
 * process. The standalone run and the tests start it the same way; objects live under
 * {@code dataDir/objects}, its log in {@code dataDir/s3proxy.log}. The child ends with
 * this JVM however it ends ({@link ParentWatchdog}).
 */
public final class EmbeddedS3Server implements AutoCloseable {

	/**
	 * System property (or environment variable MEDIAFLOW_S3PROXY_JAR) naming S3Proxy's
	 * jar-with-dependencies.
	 */
	public static final String JAR_PROPERTY = "mediaflow.s3proxy.jar";

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedS3Server.class);

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

	private final Process process;

	private final String endpoint;

	private final String host;

	private final Thread shutdownHook;

	private EmbeddedS3Server(Process process, String host, String endpoint) {
		this.process = process;
		this.host = host;
		this.endpoint = endpoint;
		this.shutdownHook = new Thread(process::destroy, "s3proxy-shutdown");
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	/**
	 * Starts the server on the loopback interface and waits until it accepts connections.
	 * @param port the port to listen on, or 0 for any free port
	 */
	public static EmbeddedS3Server start(Path dataDir, int port, String accessKey, String secretKey) {
		return start(dataDir, "127.0.0.1", port, accessKey, secretKey);
	}

	/**
	 * Starts the server and waits until it accepts connections.
	 * @param host the address to listen on (S3Proxy binds to its endpoint's host);
	 * 0.0.0.0 for every interface
	 * @param port the port to listen on, or 0 for any free port
	 */
	public static EmbeddedS3Server start(Path dataDir, String host, int port, String accessKey, String secretKey) {
		int actualPort = (port != 0) ? port : TcpProbe.freePort();
		if (!TcpProbe.canBind(host, actualPort)) {
			throw new IllegalStateException("Cannot start the embedded S3 server: port " + actualPort
					+ " is already in use (set MEDIAFLOW_S3_PORT to another port)");
		}
		String endpoint = "http://" + host + ":" + actualPort;
		String reachable = "0.0.0.0".equals(host) ? "http://127.0.0.1:" + actualPort : endpoint;
		try {
			Path objects = Files.createDirectories(dataDir.resolve("objects"));
			Path properties = dataDir.resolve("s3proxy.properties");
			Files.writeString(properties,
					String.join("\n", "s3proxy.endpoint=" + endpoint, "s3proxy.authorization=aws-v2-or-v4",
							"s3proxy.identity=" + accessKey, "s3proxy.credential=" + secretKey,
							"jclouds.provider=filesystem", "jclouds.filesystem.basedir=" + objects.toAbsolutePath(),
							""));
			Path log = dataDir.resolve("s3proxy.log");
			Path jar = locateJar();
			Process process = new ProcessBuilder(List.of(javaExecutable(), "-Xmx512m", "-XX:+UseCompactObjectHeaders",
					"-cp", watchdogClasspath(dataDir) + File.pathSeparator + jar, ParentWatchdog.class.getName(),
					mainClass(jar), "--properties", properties.toAbsolutePath().toString()))
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			EmbeddedS3Server server = new EmbeddedS3Server(process, host, reachable);
			server.awaitListening(actualPort, log);
			logger.info("Embedded S3 server (S3Proxy) listening on {}, data in {}", endpoint, objects);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded S3 server", ex);
		}
	}

	public String endpoint() {
		return this.endpoint;
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down; the hook does the rest
		}
	}

	private void awaitListening(int port, Path log) {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"The embedded S3 server exited with code " + this.process.exitValue() + ": " + tail(log));
			}
			if (TcpProbe.isListening(this.host, port, Duration.ofMillis(200))) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		close();
		throw new IllegalStateException(
				"The embedded S3 server did not start within " + STARTUP_TIMEOUT.toSeconds() + " s: " + tail(log));
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "(no log at " + log + ")";
		}
	}

	/**
	 * A directory holding only {@link ParentWatchdog}'s class file, whatever this code is
	 * packaged in.
	 */
	private static Path watchdogClasspath(Path dataDir) throws IOException {
		Path directory = dataDir.resolve("watchdog").toAbsolutePath();
		String classFile = ParentWatchdog.class.getName().replace('.', '/') + ".class";
		Path target = directory.resolve(classFile);
		Files.createDirectories(target.getParent());
		try (InputStream bytes = ParentWatchdog.class.getClassLoader().getResourceAsStream(classFile)) {
			if (bytes == null) {
				throw new IllegalStateException("Cannot find " + classFile + " on the classpath");
			}
			Files.copy(bytes, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return directory;
	}

	private static String mainClass(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return Optional.ofNullable(file.getManifest())
				.map((manifest) -> manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS))
				.orElseThrow(() -> new IllegalStateException(jar + " names no Main-Class"));
		}
	}

	private static String javaExecutable() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

	static Path locateJar() {
		String configured = Optional.ofNullable(System.getProperty(JAR_PROPERTY))
			.orElse(System.getenv("MEDIAFLOW_S3PROXY_JAR"));
		if (configured != null && Files.isRegularFile(Path.of(configured))) {
			return Path.of(configured);
		}
		Path repository = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "gaul", "s3proxy");
		if (Files.isDirectory(repository)) {
			try (Stream<Path> files = Files.walk(repository, 2)) {
				Optional<Path> newest = files
					.filter((file) -> file.getFileName().toString().endsWith("-jar-with-dependencies.jar"))
					.max(Comparator.comparing(Path::toString));
				if (newest.isPresent()) {
					return newest.get();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		throw new IllegalStateException("S3Proxy's jar-with-dependencies was not found: build once with ./mvnw install"
				+ " -DskipTests, or set -D" + JAR_PROPERTY + "=<path to s3proxy-jar-with-dependencies.jar>");
	}

}
