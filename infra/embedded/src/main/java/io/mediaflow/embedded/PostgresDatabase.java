package io.mediaflow.embedded;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates the database a JDBC URL names when the server has no such database yet. Schemas
 * inside it are the services' own business (Flyway creates them).
 */
public final class PostgresDatabase {

	private static final String INVALID_CATALOG_NAME = "3D000";

	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

	private PostgresDatabase() {
	}

	/**
	 * Connects to {@code jdbcUrl}; when the database does not exist, creates it through
	 * the server's {@code postgres} maintenance database.
	 * @throws SQLException when the server cannot be reached or refuses the credentials
	 */
	public static void ensureExists(String jdbcUrl, String user, String password) throws SQLException {
		try (Connection ignored = DriverManager.getConnection(jdbcUrl, user, password)) {
			return;
		}
		catch (SQLException ex) {
			if (!INVALID_CATALOG_NAME.equals(ex.getSQLState())) {
				throw ex;
			}
		}
		String name = databaseName(jdbcUrl);
		try (Connection connection = DriverManager.getConnection(maintenanceUrl(jdbcUrl), user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + name + "\"");
		}
		catch (SQLException ex) {
			// two starters racing for the same database: the other one won, which is what
			// we wanted
			if (!"42P04".equals(ex.getSQLState())) {
				throw ex;
			}
		}
	}

	static String databaseName(String jdbcUrl) {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		String name = uri.getPath().replaceFirst("^/", "");
		if (!SAFE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Unsupported database name in " + jdbcUrl);
		}
		return name;
	}

	static String maintenanceUrl(String jdbcUrl) {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		return "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/postgres"
				+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

}
