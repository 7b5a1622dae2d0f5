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
import io.mediaflow.standalone.workers.WorkerProcesses;
import io.mediaflow.worker.MediaWorkerApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running Mediaflow: the embedded S3 server and the four service contexts, started in
 * dependency order and closed in reverse.
 */
public final class MediaflowStack implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(MediaflowStack.class);

	/**
	 * Actuator runs on its own port, this far above the service's port (the worker's
	 * shares its port).
	 */
	static final int MANAGEMENT_PORT_OFFSET = 1000;

	private final List<AutoCloseable> started = new ArrayList<>();

	private final Map<String, Integer> managementPorts = new LinkedHashMap<>();

	private int gatewayPort;

	private int authServicePort;

	private int mediaApiPort;

	private int mediaWorkerPort;

	private String s3Endpoint = "";

	private String internalHost = StandaloneSettings.LOOPBACK;

	private final Map<String, Object> overrides;

	private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();

	private List<WorkerProcesses.Worker> workerProcesses = List.of();

	private MediaflowStack(Map<String, Object> overrides) {
		this.overrides = Map.copyOf(overrides);
	}

	/**
	 * Checks PostgreSQL and RabbitMQ, creates the database when missing, then starts
	 * everything.
	 * @throws InfrastructureUnavailableException when PostgreSQL or RabbitMQ cannot be
	 * reached
	 */
	public static MediaflowStack start(StandaloneSettings settings) {
		return start(settings, Map.of());
	}

	/**
	 * @param overrides properties given to every service above all others (tests use it
	 * to route a service through a fault-injecting proxy, or to shorten timeouts)
	 */
	public static MediaflowStack start(StandaloneSettings settings, Map<String, Object> overrides) {
		checkPortsAreFree(settings);
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

	/** The host the internal ports are reached on from this machine. */
	public String internalHost() {
		return this.internalHost;
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

	/**
	 * A running service's context, by application name ({@code media-worker} ...), for
	 * tests.
	 */
	public ConfigurableApplicationContext context(String applicationName) {
		ConfigurableApplicationContext context = this.contexts.get(applicationName);
		if (context == null) {
			throw new IllegalArgumentException("No service " + applicationName);
		}
		return context;
	}

	/**
	 * The media-worker processes ({@code --worker-processes N}); empty when the worker
	 * runs in this JVM.
	 */
	public List<WorkerProcesses.Worker> workerProcesses() {
		return this.workerProcesses;
	}

	/** The Actuator port of each service, by application name. */
	public Map<String, Integer> managementPorts() {
		return Map.copyOf(this.managementPorts);
	}

	private void startAll(StandaloneSettings settings) {
		this.internalHost = StandaloneSettings.reachableHost(settings.bindAddress());
		EmbeddedS3Server s3 = EmbeddedS3Server.start(settings.dataDir().resolve("s3"), settings.bindAddress(),
				settings.s3Port(), settings.s3AccessKey(), settings.s3SecretKey());
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
		// logging is one per JVM: all four services write the same files, and the context
		// that set logging up last
		// would put its name on every line; the logger name tells the service
		Map<String, Object> operations = Map.of("mediaflow.logging.dir",
				settings.dataDir().resolve("logs").toAbsolutePath().toString(), "mediaflow.logging.name", "mediaflow",
				"logging.include-application-name", false, "mediaflow.operator.password", settings.operatorPassword());

		// everything but the gateway's public port listens where only this machine
		// reaches it, the management
		// ports included; media-api takes X-Forwarded-* from loopback only (its yml),
		// that is from the gateway
		Map<String, Object> internal = Map.of("server.address", settings.bindAddress(), "management.server.address",
				settings.bindAddress());
		Map<String, Object> gatewayAddresses = Map.of("server.address", settings.gatewayBindAddress(),
				"management.server.address", settings.bindAddress());

		this.authServicePort = start(AuthServiceApplication.application(), settings.authServicePort(), true,
				ServiceLayout.authServiceExcludes(), database, jwt, operations, internal);
		this.mediaApiPort = start(MediaApiApplication.application(), settings.mediaApiPort(), true,
				ServiceLayout.mediaApiExcludes(), database, rabbit, storage, jwt, operations, internal,
				Map.of("mediaflow.webhooks.allow-loopback", true));
		if (settings.workerProcesses() > 0) {
			startWorkerProcesses(settings, s3.endpoint());
		}
		else {
			this.mediaWorkerPort = start(MediaWorkerApplication.application(), settings.mediaWorkerPort(), false,
					ServiceLayout.mediaWorkerExcludes(), rabbit, storage, operations,
					Map.of("server.address", settings.bindAddress()));
		}
		this.gatewayPort = start(GatewayApplication.application(), settings.gatewayPort(), true,
				ServiceLayout.gatewayExcludes(), jwt, operations, gatewayAddresses,
				Map.of("mediaflow.routes.auth-service-uri", "http://" + this.internalHost + ":" + this.authServicePort,
						"mediaflow.routes.media-api-uri", "http://" + this.internalHost + ":" + this.mediaApiPort));
	}

	/**
	 * The settings the in-process worker gets, as system properties and (secrets)
	 * environment variables of each worker process.
	 */
	private void startWorkerProcesses(StandaloneSettings settings, String s3Endpoint) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.rabbitmq.host", settings.rabbitHost());
		properties.put("spring.rabbitmq.port", Integer.toString(settings.rabbitPort()));
		properties.put("spring.rabbitmq.username", settings.rabbitUser());
		properties.put("mediaflow.storage.endpoint", s3Endpoint);
		properties.put("mediaflow.storage.access-key", settings.s3AccessKey());
		properties.put("logging.include-application-name", "false");
		// the launcher quietens Spring Boot's failure report on its console; a worker's
		// output file keeps it
		this.overrides.entrySet()
			.stream()
			.filter((override) -> !override.getKey().startsWith("logging."))
			.forEach((override) -> properties.put(override.getKey(), String.valueOf(override.getValue())));
		Map<String, String> secrets = Map.of("SPRING_RABBITMQ_PASSWORD", settings.rabbitPassword(),
				"MEDIAFLOW_STORAGE_SECRET_KEY", settings.s3SecretKey(), "MEDIAFLOW_OPERATOR_PASSWORD",
				settings.operatorPassword());
		WorkerProcesses workers = WorkerProcesses.start(settings.workerProcesses(), settings.bindAddress(),
				this.internalHost, settings.mediaWorkerPort(), settings.dataDir().resolve("logs"), properties, secrets);
		this.started.add(workers);
		this.workerProcesses = workers.workers();
		this.mediaWorkerPort = this.workerProcesses.get(0).port();
		this.workerProcesses.forEach((worker) -> this.managementPorts.put(worker.name(), worker.port()));
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

	/**
	 * Before anything starts: a port in use is one line naming it and the variable that
	 * moves it.
	 */
	private static void checkPortsAreFree(StandaloneSettings settings) {
		checkPortIsFree(settings.gatewayBindAddress(), settings.gatewayPort(), "the gateway", "MEDIAFLOW_GATEWAY_PORT");
		checkPortIsFree(settings.bindAddress(), settings.authServicePort(), "auth-service", "MEDIAFLOW_AUTH_PORT");
		checkPortIsFree(settings.bindAddress(), settings.mediaApiPort(), "media-api", "MEDIAFLOW_MEDIA_API_PORT");
		for (int i = 0; i < Math.max(1, settings.workerProcesses()); i++) {
			checkPortIsFree(settings.bindAddress(),
					(settings.mediaWorkerPort() == 0) ? 0 : settings.mediaWorkerPort() + i, "media-worker",
					"MEDIAFLOW_WORKER_PORT");
		}
		checkPortIsFree(settings.bindAddress(), settings.s3Port(), "the S3 server", "MEDIAFLOW_S3_PORT");
		checkManagementPortIsFree(settings, settings.gatewayPort(), "the gateway", "MEDIAFLOW_GATEWAY_PORT");
		checkManagementPortIsFree(settings, settings.authServicePort(), "auth-service", "MEDIAFLOW_AUTH_PORT");
		checkManagementPortIsFree(settings, settings.mediaApiPort(), "media-api", "MEDIAFLOW_MEDIA_API_PORT");
	}

	private static void checkManagementPortIsFree(StandaloneSettings settings, int port, String service,
			String variable) {
		if (port != 0) {
			checkPortIsFree(settings.bindAddress(), port + MANAGEMENT_PORT_OFFSET,
					"the management port of " + service + " (" + variable + " + " + MANAGEMENT_PORT_OFFSET + ")",
					variable);
		}
	}

	private static void checkPortIsFree(String address, int port, String user, String variable) {
		if (port != 0 && !TcpProbe.canBind(address, port)) {
			throw new StandaloneStartupException("port " + port + " (" + user + ") is already in use on " + address
					+ ": stop what holds it, or set " + variable + " to another port (0 = any free port)");
		}
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
