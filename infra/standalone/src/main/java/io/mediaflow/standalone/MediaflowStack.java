package io.mediaflow.standalone;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mediaflow.auth.AuthServiceApplication;
import io.mediaflow.embedded.EmbeddedS3Server;
import io.mediaflow.embedded.PostgresDatabase;
import io.mediaflow.embedded.TcpProbe;
import io.mediaflow.gateway.GatewayApplication;
import io.mediaflow.media.MediaApiApplication;
import io.mediaflow.worker.MediaWorkerApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running Mediaflow: the embedded S3 server and the four service contexts, started in dependency order and
 * closed in reverse.
 */
public final class MediaflowStack implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(MediaflowStack.class);

	/** Actuator runs on its own port, this far above the service's port (the worker's shares its port). */
	static final int MANAGEMENT_PORT_OFFSET = 1000;

	private final List<AutoCloseable> started = new ArrayList<>();

	private final Map<String, Integer> managementPorts = new LinkedHashMap<>();

	private int gatewayPort;

	private int authServicePort;

	private int mediaApiPort;

	private int mediaWorkerPort;

	private String s3Endpoint = "";

	private final Map<String, Object> overrides;

	private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();

	private MediaflowStack(Map<String, Object> overrides) {
		this.overrides = Map.copyOf(overrides);
	}

	/**
	 * Checks PostgreSQL and RabbitMQ, creates the database when missing, then starts everything.
	 * @throws InfrastructureUnavailableException when PostgreSQL or RabbitMQ cannot be reached
	 */
	public static MediaflowStack start(StandaloneSettings settings) {
		return start(settings, Map.of());
	}

	/**
	 * @param overrides properties given to every service above all others (tests use it to route a service
	 * through a fault-injecting proxy, or to shorten timeouts)
	 */
	public static MediaflowStack start(StandaloneSettings settings, Map<String, Object> overrides) {
		checkRabbit(settings);
		preparePostgres(settings);
		MediaflowStack stack = new MediaflowStack(overrides);
		try {
			stack.startAll(settings);
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	public String gatewayUrl() {
		return "http://localhost:" + this.gatewayPort;
	}

	public int authServicePort() {
		return this.authServicePort;
	}

	public int mediaApiPort() {
		return this.mediaApiPort;
	}

	public int mediaWorkerPort() {
		return this.mediaWorkerPort;
	}

	public String s3Endpoint() {
		return this.s3Endpoint;
	}

	/** A running service's context, by application name ({@code media-worker} ...), for tests. */
	public ConfigurableApplicationContext context(String applicationName) {
		ConfigurableApplicationContext context = this.contexts.get(applicationName);
		if (context == null) {
			throw new IllegalArgumentException("No service " + applicationName);
		}
		return context;
	}

	/** The Actuator port of each service, by application name. */
	public Map<String, Integer> managementPorts() {
		return Map.copyOf(this.managementPorts);
	}

	private void startAll(StandaloneSettings settings) {
		EmbeddedS3Server s3 = EmbeddedS3Server.start(settings.dataDir().resolve("s3"), settings.s3Port(),
				settings.s3AccessKey(), settings.s3SecretKey());
		this.started.add(s3);
		this.s3Endpoint = s3.endpoint();

		Map<String, Object> database = Map.of("spring.datasource.url", settings.databaseUrl(),
				"spring.datasource.username", settings.databaseUser(), "spring.datasource.password",
				settings.databasePassword());
		Map<String, Object> rabbit = Map.of("spring.rabbitmq.host", settings.rabbitHost(), "spring.rabbitmq.port",
				settings.rabbitPort(), "spring.rabbitmq.username", settings.rabbitUser(), "spring.rabbitmq.password",
				settings.rabbitPassword());
		Map<String, Object> storage = Map.of("mediaflow.storage.endpoint", s3.endpoint(),
				"mediaflow.storage.access-key", settings.s3AccessKey(), "mediaflow.storage.secret-key",
				settings.s3SecretKey());
		Map<String, Object> jwt = Map.of("mediaflow.jwt.secret", settings.jwtSecret());
		// logging is one per JVM: all four services write the same files, and the context that set logging up last
		// would put its name on every line; the logger name tells the service
		Map<String, Object> operations = Map.of("mediaflow.logging.dir",
				settings.dataDir().resolve("logs").toAbsolutePath().toString(), "mediaflow.logging.name", "mediaflow",
				"logging.include-application-name", false, "mediaflow.operator.password", settings.operatorPassword());

		this.authServicePort = start(AuthServiceApplication.application(), settings.authServicePort(), true,
				ServiceLayout.authServiceExcludes(), database, jwt, operations);
		this.mediaApiPort = start(MediaApiApplication.application(), settings.mediaApiPort(), true,
				ServiceLayout.mediaApiExcludes(), database, rabbit, storage, jwt, operations);
		this.mediaWorkerPort = start(MediaWorkerApplication.application(), settings.mediaWorkerPort(), false,
				ServiceLayout.mediaWorkerExcludes(), rabbit, storage, operations);
		this.gatewayPort = start(GatewayApplication.application(), settings.gatewayPort(), true,
				ServiceLayout.gatewayExcludes(), jwt, operations,
				Map.of("mediaflow.routes.auth-service-uri", "http://localhost:" + this.authServicePort,
						"mediaflow.routes.media-api-uri", "http://localhost:" + this.mediaApiPort));
	}

	@SafeVarargs
	private int start(SpringApplicationBuilder application, int port, boolean separateManagementPort, String excludes,
			Map<String, Object>... properties) {
		Map<String, Object> all = new LinkedHashMap<>();
		for (Map<String, Object> group : properties) {
			all.putAll(group);
		}
		all.put("server.port", port);
		if (separateManagementPort) {
			all.put("management.server.port", (port == 0) ? 0 : port + MANAGEMENT_PORT_OFFSET);
		}
		all.put("spring.autoconfigure.exclude", excludes);
		all.putAll(this.overrides);
		ConfigurableApplicationContext context = application.listeners(new StandaloneProperties(all)).run();
		this.started.add(context::close);
		this.contexts.put(context.getEnvironment().getRequiredProperty("spring.application.name"), context);
		this.managementPorts.put(context.getEnvironment().getRequiredProperty("spring.application.name"),
				context.getEnvironment()
					.getProperty("local.management.port", Integer.class,
							context.getEnvironment().getRequiredProperty("local.server.port", Integer.class)));
		return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	private static void checkRabbit(StandaloneSettings settings) {
		if (!TcpProbe.isListening(settings.rabbitHost(), settings.rabbitPort(), Duration.ofSeconds(2))) {
			throw new InfrastructureUnavailableException("RabbitMQ is not reachable at " + settings.rabbitHost() + ":"
					+ settings.rabbitPort() + ": start it (`rabbitmq-server -detached`, or `sudo systemctl start"
					+ " rabbitmq-server`) or point MEDIAFLOW_RABBIT_HOST/MEDIAFLOW_RABBIT_PORT at a running broker");
		}
	}

	private static void preparePostgres(StandaloneSettings settings) {
		try {
			PostgresDatabase.ensureExists(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
		}
		catch (SQLException ex) {
			String reason = (ex.getSQLState() != null && ex.getSQLState().startsWith("08")) ? "is not reachable"
					: "refused the connection (" + ex.getMessage() + ")";
			throw new InfrastructureUnavailableException("PostgreSQL at " + settings.databaseHostAndPort() + " "
					+ reason + ": start it (`sudo systemctl start postgresql`, or `pg_ctlcluster <version> main"
					+ " start`) or set MEDIAFLOW_DB_URL, MEDIAFLOW_DB_USER and MEDIAFLOW_DB_PASSWORD");
		}
	}

	@Override
	public void close() {
		for (int i = this.started.size() - 1; i >= 0; i--) {
			try {
				this.started.get(i).close();
			}
			catch (Exception ex) {
				logger.warn("Could not stop a part of Mediaflow cleanly", ex);
			}
		}
		this.started.clear();
	}

}
