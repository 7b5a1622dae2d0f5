package io.mediaflow.standalone;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the standalone run connects to and where it listens, read from {@code MEDIAFLOW_*}
 * environment variables.
 *
 * @param databaseUrl JDBC URL of the database both auth-service and media-api use (each
 * in its own schema)
 * @param rabbitHost RabbitMQ host
 * @param rabbitPort RabbitMQ AMQP port
 * @param dataDir where the embedded S3 server keeps objects and its log
 * @param gatewayPort the public port; 0 picks a free one (as do the other ports)
 * @param jwtSecret HMAC secret; generated on the first start and kept in the data folder
 * when unset
 * @param operatorPassword password of the {@code operator} account for Actuator
 * endpoints; generated when unset
 * @param s3AccessKey access key of the embedded S3 server
 * @param s3SecretKey secret key of the embedded S3 server
 * @param bindAddress where every port but the gateway's public one listens (loopback by
 * default)
 * @param gatewayBindAddress where the gateway's public port listens (every interface by
 * default)
 * @param workerProcesses 0 runs media-worker in this JVM; N starts N worker processes of
 * its own jar instead
 */
public record StandaloneSettings(String databaseUrl, String databaseUser, String databasePassword, String rabbitHost,
		int rabbitPort, String rabbitUser, String rabbitPassword, Path dataDir, int gatewayPort, int authServicePort,
		int mediaApiPort, int mediaWorkerPort, int s3Port, String jwtSecret, String operatorPassword,
		String s3AccessKey, String s3SecretKey, String bindAddress, String gatewayBindAddress, int workerProcesses) {

	public StandaloneSettings {
		if (workerProcesses < 0) {
			throw new StandaloneStartupException(
					"MEDIAFLOW_WORKER_PROCESSES (--worker-processes) must be 0 or more, not " + workerProcesses);
		}
	}

	public StandaloneSettings(String databaseUrl, String databaseUser, String databasePassword, String rabbitHost,
			int rabbitPort, String rabbitUser, String rabbitPassword, Path dataDir, int gatewayPort,
			int authServicePort, int mediaApiPort, int mediaWorkerPort, int s3Port, String jwtSecret,
			String operatorPassword) {
		this(databaseUrl, databaseUser, databasePassword, rabbitHost, rabbitPort, rabbitUser, rabbitPassword, dataDir,
				gatewayPort, authServicePort, mediaApiPort, mediaWorkerPort, s3Port, jwtSecret, operatorPassword,
				DEFAULT_S3_ACCESS_KEY, "standalone-tests-s3-secret", LOOPBACK, ALL_INTERFACES, 0);
	}

	static final String LOOPBACK = "127.0.0.1";

	static final String ALL_INTERFACES = "0.0.0.0";

	static final String DEFAULT_S3_ACCESS_KEY = "mediaflow";

	/**
	 * Reads the environment; a secret it does not give is taken from the data folder's
	 * secrets file, which the first start fills with random values.
	 * @throws StandaloneStartupException when a secret is still a placeholder from
	 * {@code .env.example}
	 */
	public static StandaloneSettings fromEnvironment(Map<String, String> env) {
		Path dataDir = Path.of(env.getOrDefault("MEDIAFLOW_DATA_DIR", "data"));
		StandaloneSecrets secrets = new StandaloneSecrets(dataDir, env);
		return new StandaloneSettings(
				env.getOrDefault("MEDIAFLOW_DB_URL", "jdbc:postgresql://localhost:5432/mediaflow"),
				env.getOrDefault("MEDIAFLOW_DB_USER", "postgres"), env.getOrDefault("MEDIAFLOW_DB_PASSWORD", ""),
				env.getOrDefault("MEDIAFLOW_RABBIT_HOST", "localhost"),
				Integer.parseInt(env.getOrDefault("MEDIAFLOW_RABBIT_PORT", "5672")),
				env.getOrDefault("MEDIAFLOW_RABBIT_USER", "guest"),
				env.getOrDefault("MEDIAFLOW_RABBIT_PASSWORD", "guest"), dataDir,
				Integer.parseInt(env.getOrDefault("MEDIAFLOW_GATEWAY_PORT", "8080")),
				Integer.parseInt(env.getOrDefault("MEDIAFLOW_AUTH_PORT", "8081")),
				Integer.parseInt(env.getOrDefault("MEDIAFLOW_MEDIA_API_PORT", "8082")),
				Integer.parseInt(env.getOrDefault("MEDIAFLOW_WORKER_PORT", "8083")),
				Integer.parseInt(env.getOrDefault("MEDIAFLOW_S3_PORT", "9000")),
				secrets.value(StandaloneSecrets.JWT_SECRET), secrets.value(StandaloneSecrets.OPERATOR_PASSWORD),
				env.getOrDefault("MEDIAFLOW_S3_ACCESS_KEY", DEFAULT_S3_ACCESS_KEY),
				secrets.value(StandaloneSecrets.S3_SECRET_KEY), env.getOrDefault("MEDIAFLOW_BIND_ADDRESS", LOOPBACK),
				env.getOrDefault("MEDIAFLOW_GATEWAY_BIND_ADDRESS", ALL_INTERFACES),
				workerProcesses(env.getOrDefault("MEDIAFLOW_WORKER_PROCESSES", "0")));
	}

	/** Where a client on this machine reaches a port bound to {@code address}. */
	static String reachableHost(String address) {
		return (ALL_INTERFACES.equals(address) || "::".equals(address)) ? LOOPBACK : address;
	}

	String databaseHostAndPort() {
		URI uri = URI.create(this.databaseUrl.substring("jdbc:".length()));
		return uri.getHost() + ":" + ((uri.getPort() > 0) ? uri.getPort() : 5432);
	}

	/**
	 * The same settings listening elsewhere (tests reach a service from a non-loopback
	 * address with it).
	 */
	public StandaloneSettings withBindAddresses(String bindAddress, String gatewayBindAddress) {
		return new StandaloneSettings(this.databaseUrl, this.databaseUser, this.databasePassword, this.rabbitHost,
				this.rabbitPort, this.rabbitUser, this.rabbitPassword, this.dataDir, this.gatewayPort,
				this.authServicePort, this.mediaApiPort, this.mediaWorkerPort, this.s3Port, this.jwtSecret,
				this.operatorPassword, this.s3AccessKey, this.s3SecretKey, bindAddress, gatewayBindAddress,
				this.workerProcesses);
	}

	/**
	 * The same settings with media-worker as {@code count} processes (0: in this JVM).
	 */
	public StandaloneSettings withWorkerProcesses(int count) {
		return new StandaloneSettings(this.databaseUrl, this.databaseUser, this.databasePassword, this.rabbitHost,
				this.rabbitPort, this.rabbitUser, this.rabbitPassword, this.dataDir, this.gatewayPort,
				this.authServicePort, this.mediaApiPort, this.mediaWorkerPort, this.s3Port, this.jwtSecret,
				this.operatorPassword, this.s3AccessKey, this.s3SecretKey, this.bindAddress, this.gatewayBindAddress,
				count);
	}

	static int workerProcesses(String value) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new StandaloneStartupException(
					"MEDIAFLOW_WORKER_PROCESSES (--worker-processes) must be a whole number, not '" + value + "'");
		}
	}

	@Override
	public String toString() {
		return "StandaloneSettings[database=" + this.databaseUrl + ", rabbit=" + this.rabbitHost + ":" + this.rabbitPort
				+ ", dataDir=" + this.dataDir + ", gatewayPort=" + this.gatewayPort + ", bindAddress="
				+ this.bindAddress + ", workerProcesses=" + this.workerProcesses + "]";
	}

}
