package io.mediaflow.testing;

/**
 * Where the tests' PostgreSQL database is.
 */
public record PostgresEndpoint(String jdbcUrl, String username, String password) {

	@Override
	public String toString() {
		return "PostgresEndpoint[" + this.jdbcUrl + " as " + this.username + "]";
	}

}
