package io.mediaflow.standalone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The first start generates the secrets the environment does not give and keeps them
 * owner-only in the data folder; later starts reuse them; the environment wins, unless it
 * still holds a placeholder.
 */
class StandaloneSecretsTests {

	@TempDir
	Path dataDir;

	@Test
	void generatesMissingSecretsOnceAndKeepsThemOwnerOnly() throws Exception {
		StandaloneSecrets first = new StandaloneSecrets(this.dataDir, Map.of());
		String jwtSecret = first.value(StandaloneSecrets.JWT_SECRET);
		String password = first.value(StandaloneSecrets.OPERATOR_PASSWORD);

		assertThat(jwtSecret).matches("[A-Za-z0-9_-]{64}");
		assertThat(password).matches("[A-Za-z0-9_-]{24}").isNotEqualTo(jwtSecret);
		Path file = StandaloneSecrets.file(this.dataDir);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readString(file)).contains("jwt-secret=" + jwtSecret);

		StandaloneSecrets later = new StandaloneSecrets(this.dataDir, Map.of());
		assertThat(later.value(StandaloneSecrets.JWT_SECRET)).isEqualTo(jwtSecret);
		assertThat(later.value(StandaloneSecrets.OPERATOR_PASSWORD)).isEqualTo(password);
	}

	@Test
	void theEnvironmentWinsAndWritesNothing() {
		StandaloneSecrets secrets = new StandaloneSecrets(this.dataDir,
				Map.of("MEDIAFLOW_JWT_SECRET", "from-the-environment-0123456789abcdef"));

		assertThat(secrets.value(StandaloneSecrets.JWT_SECRET)).isEqualTo("from-the-environment-0123456789abcdef");
		assertThat(StandaloneSecrets.file(this.dataDir)).doesNotExist();
	}

	@Test
	void refusesAPlaceholderFromTheExampleEnvFile() {
		StandaloneSecrets secrets = new StandaloneSecrets(this.dataDir,
				Map.of("MEDIAFLOW_OPERATOR_PASSWORD", "change-me-operator"));

		assertThatExceptionOfType(StandaloneStartupException.class)
			.isThrownBy(() -> secrets.value(StandaloneSecrets.OPERATOR_PASSWORD))
			.withMessageStartingWith("MEDIAFLOW_OPERATOR_PASSWORD is still the change-me placeholder");
	}

}
