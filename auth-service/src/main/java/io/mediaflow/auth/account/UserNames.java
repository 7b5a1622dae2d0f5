package io.mediaflow.auth.account;

/**
 * What a user name may look like.
 */
final class UserNames {

	static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{2,63}";

	static final String RULE = "must be 3 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit";

	private UserNames() {
	}

}
