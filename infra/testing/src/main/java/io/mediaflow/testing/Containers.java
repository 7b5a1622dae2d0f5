package io.mediaflow.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * The Docker fallback, loaded only when neither environment variables nor local ports
 * provide a service.
 */
final class Containers {

	private Containers() {
	}

	static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper
									// removes it
	static PostgresEndpoint startPostgres() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine")
			.withDatabaseName("mediaflow_test");
		container.start();
		return new PostgresEndpoint(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	@SuppressWarnings("resource")
	static RabbitEndpoint startRabbit() {
		RabbitMQContainer container = new RabbitMQContainer("rabbitmq:4-management-alpine");
		container.start();
		return new RabbitEndpoint(container.getHost(), container.getAmqpPort(), container.getAdminUsername(),
				container.getAdminPassword());
	}

}
