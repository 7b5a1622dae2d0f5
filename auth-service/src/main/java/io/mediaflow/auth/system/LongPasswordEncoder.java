package io.mediaflow.auth.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt takes at most 72 bytes of a password. A password of up to 72 UTF-8 bytes is
 * hashed as it is, so every hash stored before long passwords were allowed still matches;
 * a longer one is first reduced to its SHA-256 digest (Base64, 51 bytes with its prefix),
 * so that every one of its bytes counts.
 */
final class LongPasswordEncoder implements PasswordEncoder {

	static final int BCRYPT_MAX_BYTES = 72;

	private final BCryptPasswordEncoder bcrypt;

	LongPasswordEncoder(int strength) {
		this.bcrypt = new BCryptPasswordEncoder(strength);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.bcrypt.encode(fitted(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return this.bcrypt.matches(fitted(rawPassword), encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.bcrypt.upgradeEncoding(encodedPassword);
	}

	static String fitted(CharSequence rawPassword) {
		String password = rawPassword.toString();
		byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= BCRYPT_MAX_BYTES) {
			return password;
		}
		try {
			return "sha256:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
