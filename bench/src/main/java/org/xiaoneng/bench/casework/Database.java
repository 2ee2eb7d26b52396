package org.xiaoneng.bench.casework;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The embedded PostgreSQL the started application uses, reached on the fixed loopback port the harness gave it, as
 * its superuser, whose password the launcher keeps in the data directory.
 */
public record Database(int port, String name, String password) {

	/** The database of an application whose embedded PostgreSQL keeps its data in {@code dataDirectory}. */
	public static Database in(Path dataDirectory, int port, String name) {
		return new Database(port, name, roles(dataDirectory).getProperty("superuser"));
	}

	/** The passwords the launcher keeps in the data directory: {@code superuser}, {@code owner}, {@code runtime}. */
	public static Properties roles(Path dataDirectory) {
		var roles = new Properties();
		try (Reader reader = Files.newBufferedReader(dataDirectory.resolve("xiaoneng-roles.properties"))) {
			roles.load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return roles;
	}

	String url() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
	}

	public Connection connect() {
		try {
			return DriverManager.getConnection(url(), "postgres", password);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot connect to " + url() + ": " + e.getMessage(), e);
		}
	}
}
