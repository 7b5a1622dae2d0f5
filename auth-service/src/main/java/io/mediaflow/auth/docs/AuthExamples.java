package io.mediaflow.auth.docs;

/**
 * Request and response bodies the auth-service documentation shows, as the API sends and
 * takes them.
 */
public final class AuthExamples {

	public static final String REGISTER_BY_EMAIL = """
			{"email": "ann@example.com", "password": "correct horse", "first_name": "Ann", "last_name": "Lee"}""";

	public static final String REGISTER_BY_USER_NAME = """
			{"user_name": "bob", "password": "s3cret-pass"}""";

	public static final String LOGIN_BY_EMAIL = """
			{"email": "ann@example.com", "password": "correct horse"}""";

	public static final String LOGIN_BY_USER_NAME = """
			{"user_name": "bob", "password": "s3cret-pass"}""";

	public static final String TOKEN = """
			{"user_id": "3f1c2b9e-8a4d-4c55-9d0e-2f6a7b8c9d01", "name": "ann@example.com", \
			"access_token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIzZjFjMmI5ZSJ9.c2lnbmF0dXJl", "token_type": "Bearer", \
			"expires_in": 3600}""";

	public static final String NAME_USER = """
			{"name": "ivan"}""";

	public static final String NAME_USER_CREATED = """
			{"user_id": "7d2e4a10-5b6c-4f3e-8a9b-0c1d2e3f4a5b", "name": "ivan", \
			"access_token": "5f0c8a2e-9b7d-4c1a-8e3f-6a5b4c3d2e1f", "id": "7d2e4a10-5b6c-4f3e-8a9b-0c1d2e3f4a5b", \
			"token": "5f0c8a2e-9b7d-4c1a-8e3f-6a5b4c3d2e1f"}""";

	public static final String INVALID_FIELDS = """
			{"type": "https://mediaflow.io/problems/invalid-request", "title": "Invalid request", "status": 400, \
			"detail": "Some fields are missing or invalid: email, password", "instance": "/registration", \
			"errors": {"email": "must be a valid e-mail address", "password": "must be 8 to 128 characters long"}}""";

	public static final String USER_EXISTS = """
			{"type": "https://mediaflow.io/problems/user-exists", "title": "User already exists", "status": 409, \
			"detail": "A user with this e-mail already exists", "instance": "/registration"}""";

	public static final String NAME_TAKEN = """
			{"type": "https://mediaflow.io/problems/user-exists", "title": "User already exists", "status": 409, \
			"detail": "A user with this name already exists", "instance": "/users"}""";

	public static final String INVALID_CREDENTIALS = """
			{"type": "https://mediaflow.io/problems/invalid-credentials", "title": "Invalid credentials", "status": 401, \
			"detail": "The user name, e-mail or password is wrong", "instance": "/login"}""";

	private AuthExamples() {
	}

}
