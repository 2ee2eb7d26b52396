package org.xiaoneng.bench.casework;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The embedded PostgreSQL the started application uses, reached on the fixed loopback port the harness gave it,
 * as the same superuser the application connects with.
 */
record Database(int port, String name) {

	String url() {
		return "jdbc:postgresql://localhost:" + port + "/" + name;
	}

	Connection connect() {
		try {
			return DriverManager.getConnection(url(), "postgres", "");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot connect to " + url() + ": " + e.getMessage(), e);
		}
	}
}
