package io.mediaflow.platform.secrets;

/**
 * A secret is still a {@code change-me} placeholder; the message names the variable,
 * never the value.
 */
public class PlaceholderSecretException extends IllegalStateException {

	PlaceholderSecretException(String variable) {
		super(variable + " is still the change-me placeholder from .env.example: set it to a secret of your own"
				+ " (openssl rand -base64 48)");
	}

}
