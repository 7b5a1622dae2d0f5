package io.mediaflow.platform.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start a service whose secrets are still the {@code change-me} placeholders
 * of {@code .env.example}: they are public, and {@code .env.example}'s JWT placeholder is
 * long enough to pass the length check.
 */
public final class PlaceholderSecrets implements EnvironmentPostProcessor {

	/** What every placeholder in {@code .env.example} contains. */
	public static final String MARKER = "change-me";

	/**
	 * The properties that hold secrets, each with the environment variable that usually
	 * sets it.
	 */
	private static final List<String[]> SECRETS = List.of(
			new String[] { "mediaflow.jwt.secret", "MEDIAFLOW_JWT_SECRET" },
			new String[] { "mediaflow.operator.password", "MEDIAFLOW_OPERATOR_PASSWORD" },
			new String[] { "spring.datasource.password", "SPRING_DATASOURCE_PASSWORD" },
			new String[] { "spring.rabbitmq.password", "SPRING_RABBITMQ_PASSWORD" },
			new String[] { "mediaflow.storage.secret-key", "MEDIAFLOW_STORAGE_SECRET_KEY" });

	public static boolean isPlaceholder(String value) {
		return value.toLowerCase(Locale.ROOT).contains(MARKER);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		firstPlaceholder(environment).ifPresent((variable) -> {
			throw new PlaceholderSecretException(variable);
		});
	}

	private static Optional<String> firstPlaceholder(ConfigurableEnvironment environment) {
		for (String[] secret : SECRETS) {
			String value = environment.getProperty(secret[0]);
			if (value != null && isPlaceholder(value)) {
				return Optional.of(secret[1] + " (" + secret[0] + ")");
			}
		}
		return Optional.empty();
	}

}
