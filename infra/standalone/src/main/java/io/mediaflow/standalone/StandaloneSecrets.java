package io.mediaflow.standalone;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

import io.mediaflow.platform.secrets.PlaceholderSecrets;
import org.jspecify.annotations.Nullable;

/**
 * The standalone run's secrets: from the environment when it gives them, otherwise from
 * {@code secrets.properties} in the data folder (owner-only), which the first start fills
 * with random values and later starts reuse.
 */
final class StandaloneSecrets {

	static final Secret JWT_SECRET = new Secret("MEDIAFLOW_JWT_SECRET", "jwt-secret", 48);

	static final Secret OPERATOR_PASSWORD = new Secret("MEDIAFLOW_OPERATOR_PASSWORD", "operator-password", 18);

	static final Secret S3_SECRET_KEY = new Secret("MEDIAFLOW_S3_SECRET_KEY", "s3-secret-key", 24);

	static final String FILE_NAME = "secrets.properties";

	private static final SecureRandom random = new SecureRandom();

	private final Path file;

	private final Map<String, String> env;

	private @Nullable Properties stored;

	StandaloneSecrets(Path dataDir, Map<String, String> env) {
		this.file = dataDir.resolve(FILE_NAME);
		this.env = env;
	}

	/**
	 * @throws StandaloneStartupException when the environment gives a placeholder from
	 * {@code .env.example}
	 */
	String value(Secret secret) {
		String given = this.env.get(secret.variable());
		if (given != null) {
			if (PlaceholderSecrets.isPlaceholder(given)) {
				throw new StandaloneStartupException(secret.variable() + " is still the change-me placeholder from"
						+ " .env.example: set a secret of your own, or unset it to use the one in " + this.file);
			}
			return given;
		}
		Properties properties = stored();
		String value = properties.getProperty(secret.key());
		if (value == null) {
			value = secret.generate();
			properties.setProperty(secret.key(), value);
			save(properties);
		}
		return value;
	}

	static Path file(Path dataDir) {
		return dataDir.resolve(FILE_NAME);
	}

	private Properties stored() {
		if (this.stored == null) {
			Properties properties = new Properties();
			if (Files.isRegularFile(this.file)) {
				try (Reader reader = Files.newBufferedReader(this.file)) {
					properties.load(reader);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read " + this.file, ex);
				}
			}
			this.stored = properties;
		}
		return this.stored;
	}

	private void save(Properties properties) {
		try {
			Files.createDirectories(this.file.toAbsolutePath().getParent());
			if (!Files.exists(this.file)) {
				Files.createFile(this.file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			try (Writer writer = Files.newBufferedWriter(this.file)) {
				properties.store(writer, "Mediaflow standalone secrets, generated on the first start; keep private."
						+ " MEDIAFLOW_JWT_SECRET, MEDIAFLOW_OPERATOR_PASSWORD and MEDIAFLOW_S3_SECRET_KEY override them.");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.file, ex);
		}
	}

	/**
	 * @param variable the environment variable that gives it
	 * @param key its key in the secrets file
	 * @param randomBytes how many random bytes a generated value holds
	 */
	record Secret(String variable, String key, int randomBytes) {

		String generate() {
			byte[] bytes = new byte[this.randomBytes];
			random.nextBytes(bytes);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}

	}

}
