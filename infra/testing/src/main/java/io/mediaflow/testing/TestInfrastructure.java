package io.mediaflow.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.mediaflow.embedded.EmbeddedS3Server;
import io.mediaflow.embedded.PostgresDatabase;
import io.mediaflow.embedded.TcpProbe;
import org.jspecify.annotations.Nullable;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Finds the real services a test needs, once per test JVM, in this order:
 * <ol>
 * <li>environment variables ({@code MEDIAFLOW_TEST_DB_URL},
 * {@code MEDIAFLOW_TEST_DB_USER}, {@code MEDIAFLOW_TEST_DB_PASSWORD};
 * {@code MEDIAFLOW_TEST_RABBIT_HOST}, {@code MEDIAFLOW_TEST_RABBIT_PORT},
 * {@code MEDIAFLOW_TEST_RABBIT_USER}, {@code MEDIAFLOW_TEST_RABBIT_PASSWORD});</li>
 * <li>a server on the default local port (PostgreSQL 5432 as {@code postgres}, RabbitMQ
 * 5672 as {@code guest});</li>
 * <li>a Testcontainers container when Docker is present;</li>
 * </ol>
 * otherwise the test fails with a message naming what is missing.
 */
public final class TestInfrastructure {

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

	public static final String S3_ACCESS_KEY = "mediaflow-test";

	public static final String S3_SECRET_KEY = "mediaflow-test-secret";

	private static @Nullable PostgresEndpoint postgres;

	private static @Nullable RabbitEndpoint rabbit;

	private static @Nullable EmbeddedS3Server s3;

	private TestInfrastructure() {
	}

	public static synchronized PostgresEndpoint postgres() {
		if (postgres == null) {
			postgres = findPostgres();
		}
		return postgres;
	}

	public static synchronized RabbitEndpoint rabbit() {
		if (rabbit == null) {
			rabbit = findRabbit();
		}
		return rabbit;
	}

	/**
	 * The embedded S3 server, started the way the standalone run starts it, with its data
	 * under {@code target/s3-test-data}.
	 */
	public static synchronized EmbeddedS3Server s3() {
		if (s3 == null) {
			s3 = EmbeddedS3Server.start(Path.of("target", "s3-test-data"), 0, S3_ACCESS_KEY, S3_SECRET_KEY);
		}
		return s3;
	}

	public static void registerPostgres(DynamicPropertyRegistry registry) {
		PostgresEndpoint endpoint = postgres();
		registry.add("spring.datasource.url", endpoint::jdbcUrl);
		registry.add("spring.datasource.username", endpoint::username);
		registry.add("spring.datasource.password", endpoint::password);
	}

	public static void registerRabbit(DynamicPropertyRegistry registry) {
		RabbitEndpoint endpoint = rabbit();
		registry.add("spring.rabbitmq.host", endpoint::host);
		registry.add("spring.rabbitmq.port", endpoint::port);
		registry.add("spring.rabbitmq.username", endpoint::username);
		registry.add("spring.rabbitmq.password", endpoint::password);
	}

	public static void registerS3(DynamicPropertyRegistry registry) {
		EmbeddedS3Server server = s3();
		registry.add("mediaflow.storage.endpoint", server::endpoint);
		registry.add("mediaflow.storage.access-key", () -> S3_ACCESS_KEY);
		registry.add("mediaflow.storage.secret-key", () -> S3_SECRET_KEY);
	}

	/**
	 * Empties the given queues of the tests' broker, when they exist: a test stack must
	 * not spend its workers on jobs a stopped stack left behind (their files are in
	 * another stack's S3). Only for the tests' own broker.
	 */
	public static void purgeQueues(String... queues) {
		RabbitEndpoint endpoint = rabbit();
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost(endpoint.host());
		factory.setPort(endpoint.port());
		factory.setUsername(endpoint.username());
		factory.setPassword(endpoint.password());
		try (Connection connection = factory.newConnection("mediaflow-tests")) {
			for (String queue : queues) {
				try (Channel channel = connection.createChannel()) {
					channel.queuePurge(queue);
				}
				catch (IOException | TimeoutException | AlreadyClosedException ex) {
					// the queue does not exist yet: nothing to purge
				}
			}
		}
		catch (IOException | TimeoutException ex) {
			throw new IllegalStateException("Tests cannot reach RabbitMQ at " + endpoint, ex);
		}
	}

	private static PostgresEndpoint findPostgres() {
		Optional<String> url = env("MEDIAFLOW_TEST_DB_URL");
		PostgresEndpoint endpoint;
		if (url.isPresent()) {
			endpoint = new PostgresEndpoint(url.get(), env("MEDIAFLOW_TEST_DB_USER").orElse("postgres"),
					env("MEDIAFLOW_TEST_DB_PASSWORD").orElse(""));
		}
		else if (TcpProbe.isListening("127.0.0.1", 5432, PROBE_TIMEOUT)) {
			endpoint = new PostgresEndpoint("jdbc:postgresql://127.0.0.1:5432/mediaflow_test", "postgres", "");
		}
		else if (Containers.dockerAvailable()) {
			return Containers.startPostgres();
		}
		else {
			throw new IllegalStateException("Tests need PostgreSQL: none at MEDIAFLOW_TEST_DB_URL, none on"
					+ " 127.0.0.1:5432, and no Docker for Testcontainers. Start PostgreSQL (e.g. `pg_ctlcluster"
					+ " <version> main start`) or set MEDIAFLOW_TEST_DB_URL.");
		}
		try {
			PostgresDatabase.ensureExists(endpoint.jdbcUrl(), endpoint.username(), endpoint.password());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests cannot use PostgreSQL at " + endpoint + ": " + ex.getMessage(), ex);
		}
		return endpoint;
	}

	private static RabbitEndpoint findRabbit() {
		Optional<String> host = env("MEDIAFLOW_TEST_RABBIT_HOST");
		if (host.isPresent()) {
			return new RabbitEndpoint(host.get(), Integer.parseInt(env("MEDIAFLOW_TEST_RABBIT_PORT").orElse("5672")),
					env("MEDIAFLOW_TEST_RABBIT_USER").orElse("guest"),
					env("MEDIAFLOW_TEST_RABBIT_PASSWORD").orElse("guest"));
		}
		if (TcpProbe.isListening("127.0.0.1", 5672, PROBE_TIMEOUT)) {
			return new RabbitEndpoint("127.0.0.1", 5672, "guest", "guest");
		}
		if (Containers.dockerAvailable()) {
			return Containers.startRabbit();
		}
		throw new IllegalStateException("Tests need RabbitMQ: none at MEDIAFLOW_TEST_RABBIT_HOST, none on"
				+ " 127.0.0.1:5672, and no Docker for Testcontainers. Start RabbitMQ (e.g. `rabbitmq-server"
				+ " -detached`) or set MEDIAFLOW_TEST_RABBIT_HOST.");
	}

	private static Optional<String> env(String name) {
		return Optional.ofNullable(System.getenv(name)).filter((value) -> !value.isBlank());
	}

}
