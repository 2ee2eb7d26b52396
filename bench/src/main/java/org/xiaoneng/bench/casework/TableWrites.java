package org.xiaoneng.bench.casework;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rows inserted, updated and deleted per table as PostgreSQL counts them ({@code pg_stat_user_tables}), and the
 * transactions committed: a snapshot before and one after a run give what the run wrote, whatever wrote it (the
 * request's own transaction, audit, outbox, event publication, sessions).
 */
record TableWrites(Map<String, long[]> tables, long commits) {

	static TableWrites snapshot(Database database) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			Map<String, long[]> tables = new LinkedHashMap<>();
			try (ResultSet rows = statement.executeQuery("""
					select schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables
					where schemaname not like 'bench%' order by 1""")) {
				while (rows.next()) {
					tables.put(rows.getString(1), new long[] { rows.getLong(2), rows.getLong(3), rows.getLong(4) });
				}
			}
			long commits;
			try (ResultSet rows = statement
				.executeQuery("select xact_commit from pg_stat_database where datname = current_database()")) {
				rows.next();
				commits = rows.getLong(1);
			}
			return new TableWrites(tables, commits);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** What happened between {@code before} and this snapshot, tables without writes left out. */
	TableWrites minus(TableWrites before) {
		Map<String, long[]> delta = new LinkedHashMap<>();
		tables.forEach((table, now) -> {
			long[] then = before.tables.getOrDefault(table, new long[3]);
			long[] d = { now[0] - then[0], now[1] - then[1], now[2] - then[2] };
			if (d[0] + d[1] + d[2] > 0) {
				delta.put(table, d);
			}
		});
		return new TableWrites(delta, commits - before.commits);
	}

	long total(int kind) {
		return tables.values().stream().mapToLong(counts -> counts[kind]).sum();
	}
}
