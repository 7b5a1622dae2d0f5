package io.mediaflow.standalone;

import java.nio.file.Path;

import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.testing.PostgresEndpoint;
import io.mediaflow.testing.RabbitEndpoint;
import io.mediaflow.testing.TestInfrastructure;

/**
 * Settings for a stack on free ports against the tests' real PostgreSQL and RabbitMQ.
 */
final class StackFixture {

	static final String JWT_SECRET = "standalone-tests-secret-0123456789abcdef";

	static final String OPERATOR_PASSWORD = "operator-tests-password";

	/** Where test stacks keep S3 objects and logs. */
	static final Path DATA_DIR = Path.of("target", "standalone-test-data");

	private StackFixture() {
	}

	/**
	 * Settings for a new stack; the job queues are emptied first, so that nothing a
	 * stopped stack left behind keeps this stack's workers busy.
	 */
	static StandaloneSettings settings() {
		TestInfrastructure.purgeQueues(Messaging.IMAGE_JOBS_QUEUE, Messaging.AUDIO_JOBS_QUEUE,
				Messaging.TASK_EVENTS_QUEUE, Messaging.DEAD_JOBS_QUEUE);
		PostgresEndpoint postgres = TestInfrastructure.postgres();
		RabbitEndpoint rabbit = TestInfrastructure.rabbit();
		return new StandaloneSettings(postgres.jdbcUrl(), postgres.username(), postgres.password(), rabbit.host(),
				rabbit.port(), rabbit.username(), rabbit.password(), DATA_DIR, 0, 0, 0, 0, 0, JWT_SECRET,
				OPERATOR_PASSWORD);
	}

	/**
	 * The settings with RabbitMQ reached at another address and the S3 server on a given
	 * port (where proxies in front of them listen, or the real ones).
	 */
	static StandaloneSettings withProxies(StandaloneSettings real, String rabbitHost, int rabbitPort, int s3Port) {
		return new StandaloneSettings(real.databaseUrl(), real.databaseUser(), real.databasePassword(), rabbitHost,
				rabbitPort, real.rabbitUser(), real.rabbitPassword(), real.dataDir(), 0, 0, 0, 0, s3Port, JWT_SECRET,
				OPERATOR_PASSWORD);
	}

}
