package org.xiaoneng.bench.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xiaoneng.bench.BenchmarkFailure;

/**
 * Open first inquiries and refusal filings waiting for a leader's decision, many of them at once, for the sweeps of
 * inquiry and refusal: one set-based statement per table ({@code generate_series}), each row a copy of one of the demo
 * county's open rows with its own code or case and its own deadline. {@code due} of them passed their deadline
 * yesterday (what a normal day's sweep reports); the others fall due over the next 30 days.
 */
final class OpenItems {

	private final Database database;

	OpenItems(Database database) {
		this.database = database;
	}

	/** Loads both kinds and returns how long it took, in seconds. */
	double load(int open, int due) {
		long started = System.nanoTime();
		Map<String, String> inquiry = new LinkedHashMap<>();
		inquiry.put("query_code", "'BENCH' || g");
		inquiry.put("received_at", "now() - interval '1 day'");
		inquiry.put("deadline", deadline(due));
		inquiry.put("overdue_reported", "false");
		copy("inquiry.inquiry", "state <> 'CLOSED'", inquiry, open);
		Map<String, String> filing = new LinkedHashMap<>();
		// a case the filing refuses, its own: one filing per case may wait for a decision
		filing.put("case_id", "1000000000000 + g");
		filing.put("inquiry_id", "null");
		filing.put("case_reference", "'BENCH' || g");
		filing.put("decision_due", deadline(due));
		filing.put("overdue_reported_at", "null");
		copy("refusal.filing", "state in ('AWAITING_LEADER', 'AWAITING_COLLECTIVE_DECISION') and decider_staff_id is not null",
				filing, open);
		return (System.nanoTime() - started) / 1e9;
	}

	/** Yesterday for the first {@code due} rows, then one of the next 30 days. */
	private static String deadline(int due) {
		return "case when g <= " + due + " then current_date - 1 else current_date + 1 + (g % 30)::int end";
	}

	/**
	 * Inserts {@code count} copies of the first row of the table matching {@code template}, with the given columns
	 * replaced by expressions of {@code g} (1 to count), then analyses the table.
	 */
	private void copy(String table, String template, Map<String, String> replaced, int count) {
		String[] schemaAndTable = table.split("\\.");
		try (Connection connection = database.connect()) {
			List<String> columns = new ArrayList<>();
			try (PreparedStatement statement = connection.prepareStatement("""
					select column_name from information_schema.columns
					where table_schema = ? and table_name = ? and is_identity = 'NO' order by ordinal_position""")) {
				statement.setString(1, schemaAndTable[0]);
				statement.setString(2, schemaAndTable[1]);
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						columns.add(rows.getString(1));
					}
				}
			}
			List<String> values = columns.stream().map(column -> replaced.getOrDefault(column, "t." + column)).toList();
			String sql = "insert into " + table + " (" + String.join(", ", columns) + ") select "
					+ String.join(", ", values) + " from (select * from " + table + " where " + template
					+ " order by id limit 1) t cross join generate_series(1, " + count + ") g";
			try (Statement statement = connection.createStatement()) {
				int inserted = statement.executeUpdate(sql);
				if (inserted != count) {
					throw new BenchmarkFailure("The demo county has no row of " + table + " where " + template
							+ " to copy");
				}
				statement.execute("analyze " + table);
			}
			System.err.printf("bench: sweeps: %,d rows copied into %s%n", count, table);
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Cannot load " + table + ": " + e.getMessage(), e);
		}
	}
}
