package io.mediaflow.standalone;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the standalone run connects to and where it listens, read from {@code MEDIAFLOW_*} environment variables.
 *
 * @param databaseUrl JDBC URL of the database both auth-service and media-api use (each in its own schema)
 * @param rabbitHost RabbitMQ host
 * @param rabbitPort RabbitMQ AMQP port
 * @param dataDir where the embedded S3 server keeps objects and its log
 * @param gatewayPort the public port; 0 picks a free one (as do the other ports)
 * @param jwtSecret HMAC secret; the documented dev default is used when unset, with a warning
 * @param operatorPassword password of the {@code operator} account for Actuator endpoints; a dev default when unset
 * @param s3AccessKey access key of the embedded S3 server
 * @param s3SecretKey secret key of the embedded S3 server
 */
public record StandaloneSettings(String databaseUrl, String databaseUser, String databasePassword, String rabbitHost,
		int rabbitPort, String rabbitUser, String rabbitPassword, Path dataDir, int gatewayPort, int authServicePort,
		int mediaApiPort, int mediaWorkerPort, int s3Port, String jwtSecret, String operatorPassword,
		String s3AccessKey, String s3SecretKey) {

	public StandaloneSettings(String databaseUrl, String databaseUser, String databasePassword, String rabbitHost,
			int rabbitPort, String rabbitUser, String rabbitPassword, Path dataDir, int gatewayPort,
			int authServicePort, int mediaApiPort, int mediaWorkerPort, int s3Port, String jwtSecret,
			String operatorPassword) {
		this(databaseUrl, databaseUser, databasePassword, rabbitHost, rabbitPort, rabbitUser, rabbitPassword, dataDir,
				gatewayPort, authServicePort, mediaApiPort, mediaWorkerPort, s3Port, jwtSecret, operatorPassword,
				DEFAULT_S3_ACCESS_KEY, DEFAULT_S3_SECRET_KEY);
	}

	/** Only for trying Mediaflow on one's own machine: anyone who reads the README can forge tokens with it. */
	public static final String DEV_JWT_SECRET = "standalone-dev-only-secret-do-not-use-in-production";

	/** Only for trying Mediaflow on one's own machine. */
	public static final String DEV_OPERATOR_PASSWORD = "operator-dev-password";

	static final String DEFAULT_S3_ACCESS_KEY = "mediaflow";

	static final String DEFAULT_S3_SECRET_KEY = "mediaflow-standalone-secret";

	public static StandaloneSettings fromEnvironment(Map<String, String> env) {
		return new StandaloneSettings(env.getOrDefault("MEDIAFLOW_DB_URL", "jdbc:postgresql://localhost:5432/mediaflow"),
				env.getOrDefault("MEDIAFLOW_DB_USER", "postgres"), env.getOrDefault("MEDIAFLOW_DB_PASSWORD", ""),
				env.getOrDefault("MEDIAFLOW_RABBIT_HOST", "localhost"),
				Integer.parseInt(env.getOrDefault("MEDIAFLOW_RABBIT_PORT", "5672")),
				env.getOrDefault("MEDIAFLOW_RABBIT_USER", "guest"),
				env.getOrDefault("MEDIAFLOW_RABBIT_PASSWORD", "guest"),
				Path.of(env.getOrDefault("MEDIAFLOW_DATA_DIR", "data")),
				Integer.parseInt(env.getOrDefault("MEDIAFLOW_GATEWAY_PORT", "8080")),
				Integer.parseInt(env.getOrDefault("MEDIAFLOW_AUTH_PORT", "8081")),
				Integer.parseInt(env.getOrDefault("MEDIAFLOW_MEDIA_API_PORT", "8082")),
				Integer.parseInt(env.getOrDefault("MEDIAFLOW_WORKER_PORT", "8083")),
				Integer.parseInt(env.getOrDefault("MEDIAFLOW_S3_PORT", "9000")),
				env.getOrDefault("MEDIAFLOW_JWT_SECRET", DEV_JWT_SECRET),
				env.getOrDefault("MEDIAFLOW_OPERATOR_PASSWORD", DEV_OPERATOR_PASSWORD),
				env.getOrDefault("MEDIAFLOW_S3_ACCESS_KEY", DEFAULT_S3_ACCESS_KEY),
				env.getOrDefault("MEDIAFLOW_S3_SECRET_KEY", DEFAULT_S3_SECRET_KEY));
	}

	String databaseHostAndPort() {
		URI uri = URI.create(this.databaseUrl.substring("jdbc:".length()));
		return uri.getHost() + ":" + ((uri.getPort() > 0) ? uri.getPort() : 5432);
	}

	@Override
	public String toString() {
		return "StandaloneSettings[database=" + this.databaseUrl + ", rabbit=" + this.rabbitHost + ":" + this.rabbitPort
				+ ", dataDir=" + this.dataDir + ", gatewayPort=" + this.gatewayPort + "]";
	}

}
