package io.mediaflow.common.security;

/**
 * A bearer token was missing, malformed, forged or expired. The message is safe to show
 * to the caller: it never contains the token.
 */
public class InvalidTokenException extends RuntimeException {

	public InvalidTokenException(String message) {
		super(message);
	}

}
