package io.mediaflow.standalone.training;

import java.nio.file.Path;
import java.util.Map;

import io.mediaflow.standalone.StandaloneSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AotTrainingTests {

	@Test
	void trainsAgainstADatabaseOfItsOwnOnTheSameServer() throws Exception {
		assertThat(AotTraining.trainingDatabase("jdbc:postgresql://db.local:5433/mediaflow?sslmode=require"))
			.isEqualTo("jdbc:postgresql://db.local:5433/mediaflow_aot_training?sslmode=require");
	}

	@Test
	void trainsOnFreePortsAndInItsOwnDataFolder() throws Exception {
		StandaloneSettings base = StandaloneSettings.fromEnvironment(
				Map.of("MEDIAFLOW_RABBIT_PORT", "5677", "MEDIAFLOW_DATA_DIR", "target/aot-training-tests")); // its
																												// secrets
																												// file
																												// stays
																												// under
																												// target/
		StandaloneSettings training = AotTraining.trainingSettings(base, Path.of("/tmp/training"));
		assertThat(training.dataDir()).isEqualTo(Path.of("/tmp/training"));
		assertThat(training.databaseUrl()).isEqualTo("jdbc:postgresql://localhost:5432/mediaflow_aot_training");
		assertThat(training.rabbitPort()).isEqualTo(5677);
		assertThat(new int[] { training.gatewayPort(), training.authServicePort(), training.mediaApiPort(),
				training.mediaWorkerPort(), training.s3Port() })
			.containsOnly(0);
	}

}
