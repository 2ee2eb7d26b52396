package org.xiaoneng.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.xiaoneng.testing.OwnDatabase;
import org.xiaoneng.testing.SharedTestDatabase;

/**
 * The application as a first run starts it, on its own embedded PostgreSQL: the migrations run as the owner role, and
 * the connection pool signs in as a runtime role that can work with rows but cannot change a table or switch off the
 * audit log's triggers.
 */
@OwnDatabase
@SpringBootTest
@DirtiesContext
class EmbeddedDatabaseRolesIntegrationTests {

	@TempDir
	static Path directory;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("xiaoneng.database.embedded.data-directory", () -> directory.resolve("postgres").toString());
		registry.add("xiaoneng.database.embedded.binaries-directory", () -> SharedTestDatabase.binaries().toString());
		byte[] key = new byte[16];
		new SecureRandom().nextBytes(key);
		registry.add("xiaoneng.crypto.key", () -> HexFormat.of().formatHex(key));
	}

	@Test
	void theApplicationsPoolSignsInAsARoleThatIsNoSuperuserAndCreatesNoRolesNorDatabases() {
		var role = jdbc.queryForMap("select rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls"
				+ " from pg_roles where rolname = current_user");
		assertThat(role).containsEntry("rolname", DatabaseRoles.RUNTIME)
			.containsEntry("rolsuper", false)
			.containsEntry("rolcreaterole", false)
			.containsEntry("rolcreatedb", false)
			.containsEntry("rolbypassrls", false);
	}

	@Test
	void theMigrationsRanAsTheOwnerSoThePoolOwnsNoTable() {
		assertThat(jdbc.queryForObject("select count(*) from pg_tables where tableowner = current_user", Integer.class))
			.isZero();
		assertThat(jdbc.queryForList("select distinct tableowner from pg_tables where schemaname in ('audit', 'casework')",
				String.class))
			.containsExactly(DatabaseRoles.OWNER);
	}

	@Test
	void thePoolCannotAlterTheAuditTablesNorSwitchOffTheirTriggers() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.execute("alter table audit.entry disable trigger all"))
			.havingRootCause()
			.withMessageContaining("must be owner");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.execute("alter table audit.entry add column forged text"))
			.havingRootCause()
			.withMessageContaining("must be owner");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.execute("truncate audit.entry"))
			.havingRootCause()
			.withMessageContaining("permission denied");
	}

	@Test
	void theServerTheApplicationRunsOnFlushesEveryCommit() {
		assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
		assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
	}

	@Test
	void theRuntimeRoleWritesRowsInEveryModulesTables() {
		assertThat(jdbc.queryForObject("""
				select count(*) from pg_tables t
				where t.schemaname not in ('pg_catalog', 'information_schema')
				  and t.tablename not like 'flyway%'
				  and not (has_table_privilege(current_user, format('%I.%I', t.schemaname, t.tablename), 'select, insert, update, delete'))
				""", Integer.class)).isZero();
	}
}
