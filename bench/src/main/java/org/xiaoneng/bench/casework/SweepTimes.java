package org.xiaoneng.bench.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xiaoneng.bench.FigureTable;

/**
 * Issue 20's sweeps over the loaded open items: casework's (acceptance by law, deadlines turning yellow and red,
 * unsigned handovers, overdue extension decisions), inquiry's overdue matters and refusal's overdue leader decisions,
 * each as its schedule runs it (every 5, 10 and 5 minutes). The harness has no way to start them: it waits for the
 * first run of each that starts after the load and reads its time from {@code database.sweep_run}, where every run
 * records its start and end.
 */
final class SweepTimes {

	private static final double MAX_MILLIS = 2000;

	private static final Duration POLL = Duration.ofSeconds(5);

	/** A sweep by its recorded name, what it goes over and how to count its open items. */
	private record Sweep(String name, String label, String openItems) {
	}

	private static final List<Sweep> SWEEPS = List.of(
			new Sweep("casework.sweep", "casework sweep", """
					select count(*) from casework.case_file
					where state in ('RECEIVED', 'AWAITING_CORRECTION', 'ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING')"""),
			new Sweep("inquiry.overdue", "inquiry overdue sweep",
					"select count(*) from inquiry.inquiry where state <> 'CLOSED'"),
			new Sweep("refusal.overdue-decisions", "refusal overdue-decision sweep",
					"select count(*) from refusal.filing where decision_due is not null and overdue_reported_at is null"));

	private final Database database;

	SweepTimes(Database database) {
		this.database = database;
	}

	/** Waits up to {@code wait} for a run of each sweep started after {@code after}, and prints what each took. */
	void run(Instant after, Duration wait, FigureTable table) {
		Map<Sweep, long[]> open = new LinkedHashMap<>();
		for (Sweep sweep : SWEEPS) {
			open.put(sweep, new long[] { count(sweep.openItems()) });
		}
		System.err.printf("bench: sweeps: waiting up to %d s for the scheduled runs after the load%n", wait.toSeconds());
		Map<Sweep, Run> runs = new LinkedHashMap<>();
		long deadline = System.nanoTime() + wait.toNanos();
		while (runs.size() < SWEEPS.size() && System.nanoTime() < deadline) {
			for (Sweep sweep : SWEEPS) {
				if (!runs.containsKey(sweep)) {
					Run run = firstRunAfter(sweep.name(), after);
					if (run != null) {
						runs.put(sweep, run);
					}
				}
			}
			if (runs.size() < SWEEPS.size()) {
				Lifecycle.pause(POLL.toMillis());
			}
		}
		for (Sweep sweep : SWEEPS) {
			String subject = String.format("%s over %,d open items", sweep.label(), open.get(sweep)[0]);
			Run run = runs.get(sweep);
			if (run == null) {
				table.add(subject, "a scheduled run", "-", "none finished within " + wait.toSeconds()
						+ " s of the load (target ≤ " + FigureTable.number(MAX_MILLIS, 0) + " ms: MISSED)");
				continue;
			}
			table.add(subject, "a scheduled run (" + run.done() + " changed, " + run.result() + ")",
					FigureTable.number(run.millis(), 0), "ms (target ≤ " + FigureTable.number(MAX_MILLIS, 0) + ": "
							+ (run.millis() <= MAX_MILLIS ? "MET" : "MISSED") + ")");
		}
	}

	private record Run(long millis, int done, String result) {
	}

	/** The first finished run of the sweep started after the instant, by start then id. */
	private Run firstRunAfter(String sweep, Instant after) {
		try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement("""
				select extract(epoch from finished_at - started_at) * 1000, done, result from database.sweep_run
				where sweep = ? and started_at > ? and finished_at is not null order by started_at, id limit 1""")) {
			statement.setString(1, sweep);
			statement.setTimestamp(2, Timestamp.from(after));
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? new Run(Math.round(rows.getDouble(1)), rows.getInt(2), rows.getString(3)) : null;
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private long count(String sql) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
