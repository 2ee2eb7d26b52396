package org.xiaoneng.platform.database;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.xiaoneng.testing.SharedTestDatabase;

/**
 * The platform refuses a database server on which an acknowledged write could be lost, whether it is the embedded
 * server or an external one configured with a careless setting.
 */
class DurabilityCheckIntegrationTests {

	@Test
	void aServerThatFlushesEveryCommitIsAccepted() {
		assertThatCode(() -> DurabilityCheck.requireDurable(database("durable_db"))).doesNotThrowAnyException();
	}

	@Test
	void aDatabaseThatAcknowledgesCommitsBeforeTheyAreOnDiskIsRefusedWithTheReason() throws SQLException {
		DataSource careless = database("careless_db");
		try (var connection = SharedTestDatabase.server().superuser("postgres").getConnection();
				var statement = connection.createStatement()) {
			statement.execute("alter database careless_db set synchronous_commit = off");
		}

		assertThatIllegalStateException().isThrownBy(() -> DurabilityCheck.requireDurable(careless))
			.withMessageContaining("synchronous_commit=off")
			.withMessageContaining("can be lost in a crash");
	}

	private static DataSource database(String name) {
		try (var connection = SharedTestDatabase.server().superuser("postgres").getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return SharedTestDatabase.server().superuser(name);
	}
}
