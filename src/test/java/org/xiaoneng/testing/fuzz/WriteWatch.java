package org.xiaoneng.testing.fuzz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Tells which tables a request changed, cheaply enough to ask after every one: a row trigger on every module table
 * writes the table's name into {@code fuzz_watch.change} in the writer's own transaction, so a write that is rolled
 * back leaves nothing and a committed one leaves a row with a higher id. Installed into a test or campaign database
 * only, never by a migration, and removed again by {@link #close()}.
 * <p>
 * Tables that record an attempt rather than a change are not watched, because a refused request writes them by
 * design: the sign-in log and the account's failure count and last use, the audit log (which records refusals), and
 * the per-address counters of the public portal (a refused attempt counts). Nor are the records that background work
 * keeps of itself: each sweep's run and the audit chain's head. The outbox of notifications is watched
 * for new and deleted rows only: its dispatcher updates rows on its own schedule.
 */
public final class WriteWatch implements AutoCloseable {

	/** Tables written on purpose by refused requests too. */
	public static final Set<String> ATTEMPT_RECORDS = Set.of("security.login_attempt", "security.account",
			"security.api_token", "audit.entry", "audit.chain_anchor", "audit.archived_entry",
			"ratelimit.recent_attempts");

	/** Tables only background work writes, whatever the requests: never watched. */
	public static final Set<String> BACKGROUND_RECORDS = Set.of("database.sweep_run", "audit.chain_head");

	/** Tables that background work updates; only inserts and deletes are watched. */
	public static final Set<String> UPDATED_IN_BACKGROUND = Set.of("notification.message");

	private static final String SCHEMA = "fuzz_watch";

	/** One connection for the questions asked after every request: opening one each time would cost more. */
	private final Connection connection;

	private final int watchedTables;

	private WriteWatch(Connection connection, int watchedTables) {
		this.connection = connection;
		this.watchedTables = watchedTables;
	}

	/** Installs the triggers on every table of every module schema (not {@code public}: sessions, locks, events). */
	public static WriteWatch install(DataSource database) {
		try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("drop schema if exists " + SCHEMA + " cascade");
			sql.execute("create schema " + SCHEMA);
			sql.execute("create table " + SCHEMA + ".change (id bigint generated always as identity primary key, "
					+ "table_name text not null)");
			// security definer: the trigger writes as the one who installed it, so the application's own role (which
			// has no rights on this schema, decision 0005) can still write its tables
			sql.execute("create function " + SCHEMA + ".record() returns trigger language plpgsql security definer "
					+ "set search_path = pg_catalog as $$ begin "
					+ "insert into " + SCHEMA + ".change (table_name) values (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME); "
					+ "return null; end $$");
			List<String> tables = new ArrayList<>();
			try (ResultSet found = sql.executeQuery("""
					select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
					where c.relkind in ('r', 'p') and not c.relispartition
					  and n.nspname not in ('pg_catalog', 'information_schema', 'public', 'pg_toast', '%s')
					order by 1
					""".formatted(SCHEMA))) {
				while (found.next()) {
					tables.add(found.getString(1));
				}
			}
			int watched = 0;
			for (String table : tables) {
				if (ATTEMPT_RECORDS.contains(table) || BACKGROUND_RECORDS.contains(table)) {
					continue;
				}
				String events = UPDATED_IN_BACKGROUND.contains(table) ? "insert or delete" : "insert or update or delete";
				sql.execute("create trigger fuzz_watch_change after " + events + " on " + table
						+ " for each row execute function " + SCHEMA + ".record()");
				watched++;
			}
			return new WriteWatch(database.getConnection(), watched);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not install the write watch", e);
		}
	}

	public int watchedTables() {
		return watchedTables;
	}

	/** The position after the last recorded change. */
	public long mark() {
		return single("select coalesce(max(id), 0) from " + SCHEMA + ".change");
	}

	/** The tables changed since the mark, each once. */
	public List<String> changedSince(long mark) {
		try (PreparedStatement sql = connection.prepareStatement(
				"select distinct table_name from " + SCHEMA + ".change where id > ? order by 1")) {
			sql.setLong(1, mark);
			List<String> tables = new ArrayList<>();
			try (ResultSet found = sql.executeQuery()) {
				while (found.next()) {
					tables.add(found.getString(1));
				}
			}
			return tables;
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** How many domain events published so far are not yet handled by their listeners. */
	public long openPublications() {
		return single("select count(*) from event_publication where completion_date is null");
	}

	/** Removes the triggers with their function, and the change log. */
	@Override
	public void close() {
		try (connection; Statement sql = connection.createStatement()) {
			sql.execute("drop schema if exists " + SCHEMA + " cascade");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not remove the write watch", e);
		}
	}

	private long single(String query) {
		try (PreparedStatement sql = connection.prepareStatement(query)) {
			try (ResultSet found = sql.executeQuery()) {
				found.next();
				return found.getLong(1);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
