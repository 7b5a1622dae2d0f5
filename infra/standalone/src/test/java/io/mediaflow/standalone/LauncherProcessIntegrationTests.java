package io.mediaflow.standalone;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.embedded.ParentWatchdog;
import io.mediaflow.embedded.TcpProbe;
import io.mediaflow.testing.PostgresEndpoint;
import io.mediaflow.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code infra/standalone/run} as its user meets it: the launcher in a JVM of its own,
 * started, inspected from outside (which addresses its ports listen on, what it prints,
 * what it leaves in the data folder), then killed as the OOM killer would, and started
 * again in ways that cannot work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@StackTest(TestStack.NONE)
class LauncherProcessIntegrationTests {

	private static final Path DATA_DIR = Path.of("target", "launcher-test-data").toAbsolutePath();

	private static final Pattern LISTENING = Pattern.compile("http://([0-9a-z.]+):(\\d+)");

	private Process launcher;

	private Path output;

	private long usersBefore;

	private long tasksBefore;

	@BeforeAll
	void startLauncher() throws Exception {
		TestInfrastructure.purgeQueues(Messaging.IMAGE_JOBS_QUEUE, Messaging.AUDIO_JOBS_QUEUE,
				Messaging.TASK_EVENTS_QUEUE, Messaging.DEAD_JOBS_QUEUE);
		LauncherProcess.deleteRecursively(DATA_DIR);
		Files.createDirectories(DATA_DIR);
		this.output = DATA_DIR.resolve("launcher.out");
		this.usersBefore = rows("auth.users");
		this.tasksBefore = rows("media.tasks");
		this.launcher = launch(Map.of("MEDIAFLOW_WARMUP_SECONDS", "5"), this.output);
		LauncherProcess.awaitUp(this.launcher, this.output);
	}

	@AfterAll
	void stopLauncher() {
		if (this.launcher != null) {
			this.launcher.toHandle().descendants().forEach(ProcessHandle::destroy);
			this.launcher.destroy();
		}
	}

	@Test
	@Order(1)
	void warmsUpBeforeSayingItIsUpAndLeavesNoUserTaskOrObjectBehind() throws Exception {
		String printed = Files.readString(this.output);
		Matcher warmedUp = Pattern.compile("Mediaflow: warmed up with (\\d+) uploads").matcher(printed);
		assertThat(warmedUp.find()).as("the launcher printed:%n%s", printed).isTrue();
		assertThat(Integer.parseInt(warmedUp.group(1))).isPositive();
		assertThat(printed.indexOf("Mediaflow is up")).isGreaterThan(warmedUp.end());

		assertThat(rows("auth.users")).isEqualTo(this.usersBefore);
		assertThat(rows("media.tasks")).isEqualTo(this.tasksBefore);
		try (var files = Files.walk(DATA_DIR.resolve("s3").resolve("objects"))) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	@Test
	@Order(2)
	void listensOnLoopbackOnlyButForTheGatewaysPublicPort() throws Exception {
		Map<String, Integer> ports = printedPorts();
		assertThat(ports).containsKeys("Public API", "auth-service", "media-api", "media-worker", "S3 (S3Proxy)");
		for (Map.Entry<String, Integer> port : ports.entrySet()) {
			List<InetAddress> addresses = ListeningSockets.addressesOf(port.getValue());
			assertThat(addresses).as(port.getKey() + " on " + port.getValue()).isNotEmpty();
			if (port.getKey().equals("Public API")) {
				assertThat(addresses).as(port.getKey()).allMatch(InetAddress::isAnyLocalAddress);
			}
			else {
				assertThat(addresses).as(port.getKey() + " on " + port.getValue())
					.allMatch(InetAddress::isLoopbackAddress);
			}
		}
		Optional<InetAddress> external = ListeningSockets.nonLoopbackAddress();
		if (external.isPresent()) {
			assertThat(connects(external.get(), ports.get("Public API"))).isTrue();
			assertThat(connects(external.get(), ports.get("auth-service"))).isFalse();
			assertThat(connects(external.get(), ports.get("media-api"))).isFalse();
		}
	}

	@Test
	@Order(3)
	void generatesItsSecretsOnceKeepsThemPrivateAndNeverPrintsThem() throws Exception {
		Path secrets = DATA_DIR.resolve("secrets.properties");
		Properties values = new Properties();
		try (var reader = Files.newBufferedReader(secrets)) {
			values.load(reader);
		}
		assertThat(values.stringPropertyNames()).containsExactlyInAnyOrder("jwt-secret", "operator-password",
				"s3-secret-key");
		assertThat(values.getProperty("jwt-secret")).hasSizeGreaterThanOrEqualTo(64);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
		String printed = Files.readString(this.output);
		assertThat(printed).contains(secrets.toString());
		String logs = Files.readString(DATA_DIR.resolve("logs").resolve("mediaflow.log"));
		for (String value : values.stringPropertyNames().stream().map(values::getProperty).toList()) {
			assertThat(printed).doesNotContain(value);
			assertThat(logs).doesNotContain(value);
		}
		String managementPort = printedPorts().get("media-api actuator").toString();
		assertThat(actuatorMetrics(managementPort, values.getProperty("operator-password"))).isEqualTo(200);
		assertThat(actuatorMetrics(managementPort, "operator-dev-password")).isEqualTo(401);
	}

	@Test
	@Order(4)
	void aKilledLauncherTakesItsS3ServerWithItAndTheNextStartFindsThePortFree() throws Exception {
		int s3Port = printedPorts().get("S3 (S3Proxy)");
		ProcessHandle s3proxy = this.launcher.toHandle()
			.children()
			.filter((child) -> child.info().commandLine().orElse("").contains(ParentWatchdog.class.getName()))
			.findFirst()
			.orElseThrow();

		long killedAt = System.nanoTime();
		this.launcher.destroyForcibly();
		assertThat(this.launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(s3proxy.onExit().completeOnTimeout(null, 15, TimeUnit.SECONDS).get()).as("S3Proxy ended")
			.isNotNull();
		long millis = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
		System.out.println("S3Proxy ended " + millis + " ms after kill -9 of the launcher");

		assertThat(s3proxy.isAlive()).isFalse();
		assertThat(TcpProbe.canBind("127.0.0.1", s3Port)).as("port %d free again", s3Port).isTrue();
	}

	@Test
	@Order(5)
	void aPortInUseIsOneLineNamingThePortAndItsVariable() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Path out = DATA_DIR.resolve("port-in-use.out");
			Process second = launch(Map.of("MEDIAFLOW_MEDIA_API_PORT", Integer.toString(taken.getLocalPort())), out);

			assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(second.exitValue()).isEqualTo(2);
			assertThat(nonEmptyLines(out)).containsExactly("Mediaflow cannot start: port " + taken.getLocalPort()
					+ " (media-api) is already in use on 127.0.0.1: stop what holds it, or set MEDIAFLOW_MEDIA_API_PORT"
					+ " to another port (0 = any free port)");
		}
	}

	@Test
	@Order(6)
	void aPlaceholderSecretFromEnvExampleIsOneLineAndExitsWithoutPrintingIt() throws Exception {
		Path out = DATA_DIR.resolve("placeholder.out");
		String placeholder = "change-me-to-a-random-secret-of-at-least-32-characters";
		Process refused = launch(Map.of("MEDIAFLOW_JWT_SECRET", placeholder), out);

		assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(refused.exitValue()).isEqualTo(2);
		assertThat(nonEmptyLines(out)).singleElement()
			.asString()
			.startsWith("Mediaflow cannot start: MEDIAFLOW_JWT_SECRET is still the change-me placeholder")
			.doesNotContain(placeholder);
	}

	@Test
	@Order(7)
	void aServiceThatCannotStartEndsTheRunWithOneLineAndNoStackTrace() throws Exception {
		Path out = DATA_DIR.resolve("invalid-limit.out");
		Process refused = launch(Map.of("MEDIAFLOW_LIMITS_MAX_FILES_PER_UPLOAD", "-1"), out);

		assertThat(refused.waitFor(3, TimeUnit.MINUTES)).isTrue();
		List<String> lines = nonEmptyLines(out);
		assertThat(refused.exitValue()).isEqualTo(1);
		assertThat(lines.get(lines.size() - 1)).startsWith("Mediaflow cannot start: ")
			.contains("mediaflow.limits.max-files-per-upload (MEDIAFLOW_LIMITS_MAX_FILES_PER_UPLOAD) must be")
			.endsWith("startup-failure.log)");
		assertThat(lines).as("no stack trace on the console").noneMatch((line) -> line.startsWith("\tat "));
		assertThat(DATA_DIR.resolve("logs").resolve("startup-failure.log")).content().contains("\tat ");
	}

	private Process launch(Map<String, String> extraEnvironment, Path out) throws IOException {
		return LauncherProcess.start(DATA_DIR, extraEnvironment, out);
	}

	/**
	 * What the launcher printed once up: each service's (and each actuator's) port, by
	 * its label.
	 */
	private Map<String, Integer> printedPorts() throws IOException {
		Map<String, Integer> ports = new LinkedHashMap<>();
		boolean operatorSection = false;
		for (String line : Files.readAllLines(this.output)) {
			operatorSection |= line.startsWith("Operator endpoints");
			Matcher matcher = LISTENING.matcher(line);
			if (!matcher.find() || line.contains(" INFO ") || line.contains(" WARN ")) {
				continue;
			}
			String label = line.startsWith("Mediaflow is up") ? "Public API"
					: line.substring(0, matcher.start()).trim();
			ports.put(operatorSection ? label + " actuator" : label, Integer.parseInt(matcher.group(2)));
		}
		return ports;
	}

	private static int actuatorMetrics(String port, String password) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString(("operator:" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/metrics"))
				.header("Authorization", "Basic " + credentials)
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/** Rows of a table in the tests' database; 0 while the service has not created it. */
	private static long rows(String table) throws SQLException {
		PostgresEndpoint postgres = TestInfrastructure.postgres();
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
				postgres.password());
				var statement = connection.createStatement();
				var exists = statement.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
			exists.next();
			if (!exists.getBoolean(1)) {
				return 0;
			}
			try (var count = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
				count.next();
				return count.getLong(1);
			}
		}
	}

	private static boolean connects(InetAddress address, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 2000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static List<String> nonEmptyLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().filter((line) -> !line.isBlank()).toList();
	}

}
