package org.xiaoneng.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoneng.testing.SharedTestDatabase;

/**
 * The platform's own launcher against real PostgreSQL processes in a temporary directory: the settings that keep a
 * committed write, and the two crashes an operator meets — the application killed with its server left running, and
 * the server itself killed.
 */
class EmbeddedPostgresServerIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void theServerFlushesEveryCommitToDiskBeforeAcknowledgingIt() throws Exception {
		try (var server = start()) {
			try (Connection connection = server.superuser("postgres").getConnection()) {
				assertThat(show(connection, "fsync")).isEqualTo("on");
				assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
				assertThat(show(connection, "full_page_writes")).isEqualTo("on");
			}
		}
	}

	@Test
	void aServerLeftRunningByAKilledApplicationIsStoppedAndTheNextStartFindsItsData() throws Exception {
		var abandoned = start();
		long orphan = abandoned.pid();
		insertCommitted(abandoned.superuser("postgres"), 10);
		// The application dies without closing the server: its handle is simply never used again.

		try (var next = start()) {
			assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the orphan has exited").isEmpty();
			assertThat(next.pid()).isNotEqualTo(orphan);
			assertThat(committedRows(next.superuser("postgres"))).isEqualTo(10);
		}
	}

	@Test
	void afterTheServerItselfIsKilledTheNextStartRecoversEveryCommittedRow() throws Exception {
		var killed = start();
		insertCommitted(killed.superuser("postgres"), 500);
		ProcessHandle postmaster = ProcessHandle.of(killed.pid()).orElseThrow();
		postmaster.destroyForcibly();
		postmaster.onExit().get(10, TimeUnit.SECONDS);
		assertThat(directory.resolve("data/postmaster.pid")).exists();

		long started = System.nanoTime();
		try (var recovered = start()) {
			assertThat(committedRows(recovered.superuser("postgres"))).isEqualTo(500);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
			assertThat(Files.readString(directory.resolve("data/server.log"))).contains("automatic recovery in progress");
		}
	}

	@Test
	void onlyPasswordConnectionsGetIn() throws Exception {
		try (var server = start()) {
			var withoutPassword = server.dataSource("postgres", EmbeddedPostgresServer.SUPERUSER, "");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(withoutPassword::getConnection)
				.withMessageContaining("password");
		}
	}

	@Test
	void aDatabaseTheSuperuserOnceOwnedIsHandedToTheOwnerAndTheRuntimeRoleMayOnlyWorkWithRows() throws Exception {
		try (var before = start()) {
			execute(before.superuser("postgres"), "create database xiaoneng");
			execute(before.superuser("xiaoneng"), "create schema casework", "create extension btree_gist",
					"create table casework.case_file (id bigint generated always as identity primary key, name text)",
					"create sequence casework.receipt_number",
					"create function casework.touch() returns trigger language plpgsql as $$ begin return new; end $$");
		}

		try (var upgraded = start()) {
			DatabaseRoles.ensure(upgraded, "xiaoneng");
			DataSource runtime = upgraded.dataSource("xiaoneng", DatabaseRoles.RUNTIME, upgraded.credentials().runtime());
			execute(runtime, "insert into casework.case_file (name) values ('张三')",
					"select nextval('casework.receipt_number')");
			assertThat(owners(upgraded.superuser("xiaoneng"))).containsOnly(DatabaseRoles.OWNER);
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> execute(runtime, "alter table casework.case_file add column forged text"))
				.withMessageContaining("must be owner");
		}
	}

	private static Set<String> owners(DataSource dataSource) throws SQLException {
		var owners = new HashSet<String>();
		try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
				var result = statement.executeQuery("""
						select nspowner::regrole::text from pg_namespace where nspname = 'casework'
						union select relowner::regrole::text from pg_class where relnamespace = 'casework'::regnamespace
						union select proowner::regrole::text from pg_proc where pronamespace = 'casework'::regnamespace""")) {
			while (result.next()) {
				owners.add(result.getString(1));
			}
		}
		return owners;
	}

	private static void execute(DataSource dataSource, String... statements) throws SQLException {
		try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private EmbeddedPostgresServer start() {
		return EmbeddedPostgresServer.start(directory.resolve("data"), SharedTestDatabase.binaries(), 0);
	}

	/** Each row in its own transaction, each acknowledged before the next is sent. */
	private static void insertCommitted(DataSource dataSource, int rows) throws SQLException {
		try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			statement.execute("create table if not exists acknowledged (n int primary key)");
			for (int n = 0; n < rows; n++) {
				statement.execute("insert into acknowledged values (" + n + ")");
			}
		}
	}

	private static int committedRows(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
				var result = statement.executeQuery("select count(*) from acknowledged")) {
			result.next();
			return result.getInt(1);
		}
	}

	private static String show(Connection connection, String setting) throws SQLException {
		try (var statement = connection.createStatement(); var result = statement.executeQuery("show " + setting)) {
			result.next();
			return result.getString(1);
		}
	}
}
