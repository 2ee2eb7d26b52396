package org.xiaoneng.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a database server that could lose a write it has acknowledged: every commit must be flushed to
 * disk before the client hears of it (fsync on, synchronous_commit anything but off) and a page torn by a power cut
 * must be repairable (full_page_writes on). Checked on every connection pool as it is created, before the migrations
 * or anything else use it, for the embedded server and an external one alike.
 */
@Component
class DurabilityCheck implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			requireDurable(dataSource);
		}
		return bean;
	}

	static void requireDurable(DataSource dataSource) {
		List<String> unsafe = new ArrayList<>();
		String server;
		try (Connection connection = dataSource.getConnection()) {
			server = connection.getMetaData().getURL();
			expect(connection, "fsync", "on", unsafe);
			expect(connection, "full_page_writes", "on", unsafe);
			// on, local, remote_write and remote_apply all flush the commit locally before answering; off does not.
			if ("off".equals(show(connection, "synchronous_commit"))) {
				unsafe.add("synchronous_commit=off");
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot read the database server's durability settings: " + e.getMessage(), e);
		}
		if (!unsafe.isEmpty()) {
			throw new IllegalStateException("The database server at " + server + " runs with " + String.join(", ", unsafe)
					+ ": a write it acknowledges can be lost in a crash. Xiaoneng needs fsync=on, full_page_writes=on and"
					+ " synchronous_commit other than off (in postgresql.conf, and not overridden for the database or role).");
		}
	}

	private static void expect(Connection connection, String setting, String value, List<String> unsafe) throws SQLException {
		String actual = show(connection, setting);
		if (!value.equals(actual)) {
			unsafe.add(setting + "=" + actual);
		}
	}

	private static String show(Connection connection, String setting) throws SQLException {
		try (var statement = connection.createStatement(); var result = statement.executeQuery("show " + setting)) {
			result.next();
			return result.getString(1);
		}
	}
}
