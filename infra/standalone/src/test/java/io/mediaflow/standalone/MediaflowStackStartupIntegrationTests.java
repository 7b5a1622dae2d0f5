package io.mediaflow.standalone;

import io.mediaflow.embedded.TcpProbe;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@StackTest(TestStack.NONE)
class MediaflowStackStartupIntegrationTests {

	@Test
	void refusesToStartWithoutRabbitMqAndSaysHowToStartIt() {
		StandaloneSettings settings = StackFixture.settings();
		StandaloneSettings noRabbit = new StandaloneSettings(settings.databaseUrl(), settings.databaseUser(),
				settings.databasePassword(), "127.0.0.1", TcpProbe.freePort(), "guest", "guest", settings.dataDir(), 0,
				0, 0, 0, 0, StackFixture.JWT_SECRET, StackFixture.OPERATOR_PASSWORD);

		assertThatThrownBy(() -> MediaflowStack.start(noRabbit)).isInstanceOf(InfrastructureUnavailableException.class)
			.hasMessageStartingWith("RabbitMQ is not reachable at 127.0.0.1:")
			.hasMessageContaining("rabbitmq-server")
			.hasMessageNotContaining("\n");
	}

	@Test
	void refusesToStartWithoutPostgresAndSaysHowToStartIt() {
		StandaloneSettings settings = StackFixture.settings();
		int closedPort = TcpProbe.freePort();
		StandaloneSettings noPostgres = new StandaloneSettings(
				"jdbc:postgresql://127.0.0.1:" + closedPort + "/mediaflow", "postgres", "", settings.rabbitHost(),
				settings.rabbitPort(), settings.rabbitUser(), settings.rabbitPassword(), settings.dataDir(), 0, 0, 0, 0,
				0, StackFixture.JWT_SECRET, StackFixture.OPERATOR_PASSWORD);

		assertThatThrownBy(() -> MediaflowStack.start(noPostgres))
			.isInstanceOf(InfrastructureUnavailableException.class)
			.hasMessage("PostgreSQL at 127.0.0.1:" + closedPort + " is not reachable: start it (`sudo systemctl start"
					+ " postgresql`, or `pg_ctlcluster <version> main start`) or set MEDIAFLOW_DB_URL,"
					+ " MEDIAFLOW_DB_USER and MEDIAFLOW_DB_PASSWORD");
	}

}
