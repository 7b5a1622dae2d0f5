package io.mediaflow.standalone;

import java.nio.file.Path;

import io.mediaflow.testing.PostgresEndpoint;
import io.mediaflow.testing.RabbitEndpoint;
import io.mediaflow.testing.TestInfrastructure;

/**
 * Settings for a stack on free ports against the tests' real PostgreSQL and RabbitMQ.
 */
final class StackFixture {

	static final String JWT_SECRET = "standalone-tests-secret-0123456789abcdef";

	static final String OPERATOR_PASSWORD = "operator-tests-password";

	private StackFixture() {
	}

	static StandaloneSettings settings() {
		PostgresEndpoint postgres = TestInfrastructure.postgres();
		RabbitEndpoint rabbit = TestInfrastructure.rabbit();
		return new StandaloneSettings(postgres.jdbcUrl(), postgres.username(), postgres.password(), rabbit.host(),
				rabbit.port(), rabbit.username(), rabbit.password(), Path.of("target", "standalone-test-data"), 0, 0,
				0, 0, 0, JWT_SECRET, OPERATOR_PASSWORD);
	}

}
