package io.mediaflow.standalone;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.mediaflow.testing.PostgresEndpoint;
import io.mediaflow.testing.TestInfrastructure;

/**
 * Straight SQL against the tests' database, to check rows as an operator would.
 */
final class TestDatabase {

	private TestDatabase() {
	}

	static long count(String sql, Object... parameters) throws SQLException {
		try (Connection connection = connect();
				PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	static String string(String sql, Object... parameters) throws SQLException {
		try (Connection connection = connect();
				PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rows = statement.executeQuery()) {
			return rows.next() ? rows.getString(1) : null;
		}
	}

	static int update(String sql, Object... parameters) throws SQLException {
		try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
			return statement.executeUpdate();
		}
	}

	private static Connection connect() throws SQLException {
		PostgresEndpoint postgres = TestInfrastructure.postgres();
		return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

}
