package org.xiaoneng.platform.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Creates the platform's database inside a PostgreSQL server on its first start.
 */
final class DatabaseCreation {

	private DatabaseCreation() {
	}

	static void ensureExists(DataSource server, String database) throws SQLException {
		if (!database.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("Database name must be a plain identifier: " + database);
		}
		try (Connection connection = server.getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			try (var result = exists.executeQuery()) {
				if (!result.next()) {
					try (var create = connection.createStatement()) {
						create.execute("create database " + database + " encoding 'UTF8' template template0");
					}
				}
			}
		}
	}
}
