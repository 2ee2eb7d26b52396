package org.xiaoneng.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets up the embedded server's two roles and the platform's database, on every start, so that an existing data
 * directory is brought to the same state as a new one. The owner role owns the database, its schemas and every object
 * in them, and runs the migrations; the runtime role, which the application's pool uses, may read and write rows and
 * nothing more: it is no superuser, creates no roles nor databases, and owns no table, so it can neither alter a table
 * nor switch off the audit log's append-only triggers (GB/T 22239-2019 8.1.4.2: least privilege).
 */
final class DatabaseRoles {

	static final String OWNER = "xiaoneng_owner";

	static final String RUNTIME = "xiaoneng_app";

	/** Schemas that PostgreSQL itself owns. */
	private static final String USER_SCHEMAS = "n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'";

	/** Objects created by an extension (btree_gist) stay with the extension's owner. */
	private static final String NOT_FROM_EXTENSION = "not exists (select 1 from pg_depend d where d.objid = %s and d.deptype = 'e')";

	private DatabaseRoles() {
	}

	static void ensure(EmbeddedPostgresServer server, String database) {
		if (!database.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("Database name must be a plain identifier: " + database);
		}
		RoleCredentials credentials = server.credentials();
		try (Connection connection = server.superuser("postgres").getConnection()) {
			role(connection, OWNER, credentials.owner());
			role(connection, RUNTIME, credentials.runtime());
			if (queryStrings(connection, "select datname from pg_database where datname = '" + database + "'").isEmpty()) {
				execute(connection, "create database " + database + " owner " + OWNER + " encoding 'UTF8' template template0");
			}
			execute(connection, "alter database " + database + " owner to " + OWNER);
			execute(connection, "revoke all on database " + database + " from public");
			execute(connection, "grant connect, temporary on database " + database + " to " + RUNTIME);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot set up the roles of the embedded PostgreSQL", e);
		}
		try (Connection connection = server.superuser(database).getConnection()) {
			connection.setAutoCommit(false);
			handOverToOwner(connection);
			grantRuntime(connection);
			connection.commit();
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot grant the runtime role its rights in " + database, e);
		}
	}

	private static void role(Connection connection, String role, String password) throws SQLException {
		String rights = " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls noinherit password '"
				+ password + "'";
		if (queryStrings(connection, "select rolname from pg_roles where rolname = '" + role + "'").isEmpty()) {
			execute(connection, "create role " + role + rights);
		}
		else {
			execute(connection, "alter role " + role + rights);
		}
	}

	/**
	 * A data directory from before the roles existed has everything owned by the superuser; the owner takes over
	 * the schemas, tables, views, free-standing sequences, functions and types, as if it had run the migrations.
	 */
	private static void handOverToOwner(Connection connection) throws SQLException {
		List<String> statements = new ArrayList<>();
		statements.addAll(queryStrings(connection, "select format('alter schema %I owner to " + OWNER + "', n.nspname)"
				+ " from pg_namespace n where " + USER_SCHEMAS + " and n.nspowner <> '" + OWNER + "'::regrole"));
		statements.addAll(queryStrings(connection, """
				select format('alter %s %s owner to %s',
				       case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence'
				                      else 'table' end, c.oid::regclass, '""" + OWNER + """
				')
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where\s""" + USER_SCHEMAS + " and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S') and c.relowner <> '" + OWNER
				+ "'::regrole and " + NOT_FROM_EXTENSION.formatted("c.oid")
				// a sequence behind a serial or identity column follows its table
				+ " and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.objid = c.oid"
				+ " and d.deptype in ('a', 'i') and d.refclassid = 'pg_class'::regclass))"));
		statements.addAll(queryStrings(connection, "select format('alter routine %s owner to " + OWNER
				+ "', p.oid::regprocedure) from pg_proc p join pg_namespace n on n.oid = p.pronamespace where "
				+ USER_SCHEMAS + " and p.proowner <> '" + OWNER + "'::regrole and " + NOT_FROM_EXTENSION.formatted("p.oid")));
		statements.addAll(queryStrings(connection, "select format('alter type %s owner to " + OWNER
				+ "', t.oid::regtype) from pg_type t join pg_namespace n on n.oid = t.typnamespace where " + USER_SCHEMAS
				+ " and t.typtype in ('e', 'd', 'r', 'm') and t.typowner <> '" + OWNER + "'::regrole and "
				+ NOT_FROM_EXTENSION.formatted("t.oid")));
		for (String statement : statements) {
			execute(connection, statement);
		}
	}

	/**
	 * Rows in every schema, now and in tables the owner's migrations create later; sequences for identity columns.
	 * Functions keep PostgreSQL's default (anyone may call them); TRUNCATE, REFERENCES and TRIGGER are not granted.
	 */
	private static void grantRuntime(Connection connection) throws SQLException {
		execute(connection, "revoke create on schema public from public");
		for (String schema : queryStrings(connection, "select quote_ident(n.nspname) from pg_namespace n where " + USER_SCHEMAS)) {
			execute(connection, "grant usage on schema " + schema + " to " + RUNTIME);
			execute(connection, "grant select, insert, update, delete on all tables in schema " + schema + " to " + RUNTIME);
			execute(connection, "grant usage, select, update on all sequences in schema " + schema + " to " + RUNTIME);
		}
		execute(connection, "alter default privileges for role " + OWNER + " grant usage on schemas to " + RUNTIME);
		execute(connection, "alter default privileges for role " + OWNER + " grant select, insert, update, delete on tables to " + RUNTIME);
		execute(connection, "alter default privileges for role " + OWNER + " grant usage, select, update on sequences to " + RUNTIME);
	}

	private static List<String> queryStrings(Connection connection, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
			while (result.next()) {
				values.add(result.getString(1));
			}
		}
		return values;
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
