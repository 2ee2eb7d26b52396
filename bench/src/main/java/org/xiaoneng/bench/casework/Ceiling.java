package org.xiaoneng.bench.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.xiaoneng.bench.BenchmarkFailure;

/**
 * How many cases per second the database itself can write, as the lifecycle wrote them: for every table the
 * lifecycle wrote to, a copy in schema {@code bench_ceiling} with the same columns and the same indexes (unique ones
 * made plain, since the copies repeat real rows), and per case the same number of rows inserted, updated and deleted
 * in each, with values of real rows of that table, spread over as many transactions as the lifecycle's write
 * requests, by as many clients. What it leaves out is the application's work: HTTP, JSON, checks, reads, PDFs.
 */
final class Ceiling {

	private static final int SAMPLES = 32;

	private final Database database;

	Ceiling(Database database) {
		this.database = database;
	}

	/** One table's copy: how to insert a row into it, update one, delete one, and real rows to write. */
	private record Copy(String source, String insert, String update, String delete, List<String[]> samples,
			double inserts, double updates, double deletes) {
	}

	/** @return cases per second */
	double run(TableWrites writes, int cases, int transactionsPerCase, int clients) {
		List<Copy> copies = new ArrayList<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists bench_ceiling cascade");
			statement.execute("create schema bench_ceiling");
			for (Map.Entry<String, long[]> table : writes.tables().entrySet()) {
				copies.add(copy(connection, table.getKey(), table.getValue(), cases));
			}
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Cannot prepare the ceiling's tables: " + e.getMessage(), e);
		}
		System.err.printf("bench: ceiling: %d cases of the same writes into %d tables, %d transactions each, %d clients%n",
				cases, copies.size(), transactionsPerCase, clients);
		runCases(copies, Math.max(20, cases / 10), transactionsPerCase, clients);
		long elapsed = runCases(copies, cases, transactionsPerCase, clients);
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop schema bench_ceiling cascade");
		}
		catch (SQLException e) {
			System.err.println("bench: ceiling: could not drop schema bench_ceiling: " + e.getMessage());
		}
		return cases / (elapsed / 1e9);
	}

	private Copy copy(Connection connection, String source, long[] counts, int cases) throws SQLException {
		String target = "bench_ceiling." + source.replace('.', '_');
		List<String> columns = new ArrayList<>();
		List<String> types = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
				where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum""")) {
			query.setString(1, source);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					columns.add('"' + rows.getString(1) + '"');
					types.add(rows.getString(2));
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("create table " + target + " (like " + source + ", bench_row bigint not null)");
			statement.execute("create index on " + target + " (bench_row)");
			try (PreparedStatement indexes = connection
				.prepareStatement("select indexdef from pg_indexes where schemaname || '.' || tablename = ?")) {
				indexes.setString(1, source);
				try (ResultSet rows = indexes.executeQuery()) {
					List<String> definitions = new ArrayList<>();
					while (rows.next()) {
						definitions.add(rows.getString(1));
					}
					for (String definition : definitions) {
						String on = definition.substring(definition.indexOf(" USING "));
						statement.execute("create index on " + target + on);
					}
				}
			}
		}
		List<String[]> samples = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select " + String.join(", ", columns) + " from " + source
						+ " order by random() limit " + SAMPLES)) {
			while (rows.next()) {
				String[] row = new String[columns.size()];
				for (int i = 0; i < row.length; i++) {
					row[i] = rows.getString(i + 1);
				}
				samples.add(row);
			}
		}
		if (samples.isEmpty()) {
			throw new BenchmarkFailure("No row of " + source + " is left to copy for the ceiling");
		}
		StringBuilder values = new StringBuilder();
		StringBuilder assignments = new StringBuilder();
		for (int i = 0; i < columns.size(); i++) {
			values.append(i == 0 ? "" : ", ").append("?::").append(types.get(i));
			assignments.append(i == 0 ? "" : ", ").append(columns.get(i)).append(" = ?::").append(types.get(i));
		}
		String insert = "insert into " + target + " (" + String.join(", ", columns) + ", bench_row) values (" + values
				+ ", ?)";
		String update = "update " + target + " set " + assignments + " where bench_row = ?";
		String delete = "delete from " + target + " where bench_row = ?";
		Copy copy = new Copy(source, insert, update, delete, samples, counts[0] / (double) cases,
				counts[1] / (double) cases, counts[2] / (double) cases);
		// rows to update and delete when a case inserts none of its own there (counters, shared state)
		try (PreparedStatement seed = connection.prepareStatement(insert)) {
			for (int row = 0; row < samples.size(); row++) {
				bind(seed, samples.get(row), -1 - row);
				seed.executeUpdate();
			}
		}
		return copy;
	}

	private static int bind(PreparedStatement statement, String[] row, long benchRow) throws SQLException {
		for (int i = 0; i < row.length; i++) {
			if (row[i] == null) {
				statement.setNull(i + 1, Types.VARCHAR);
			}
			else {
				statement.setString(i + 1, row[i]);
			}
		}
		statement.setLong(row.length + 1, benchRow);
		return row.length + 1;
	}

	private long runCases(List<Copy> copies, int cases, int transactionsPerCase, int clients) {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger rowNumbers = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int client = 0; client < clients; client++) {
				running.add(pool.submit(() -> {
					try (Connection connection = database.connect()) {
						connection.setAutoCommit(false);
						int caseIndex;
						while ((caseIndex = next.getAndIncrement()) < cases) {
							oneCase(connection, copies, caseIndex, transactionsPerCase, rowNumbers);
						}
					}
					return null;
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		catch (java.util.concurrent.ExecutionException e) {
			throw new BenchmarkFailure("The ceiling's writes failed: " + e.getCause(), e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkFailure("Interrupted", e);
		}
		finally {
			pool.shutdownNow();
		}
		return System.nanoTime() - started;
	}

	/**
	 * One case's writes: per table its share of rows (a fraction carried by the case number, so that the total over
	 * all cases is the lifecycle's), the statements dealt round-robin to the case's transactions.
	 */
	private static void oneCase(Connection connection, List<Copy> copies, int caseIndex, int transactions,
			AtomicInteger rowNumbers) throws SQLException {
		List<List<Runnable>> work = new ArrayList<>();
		for (int t = 0; t < transactions; t++) {
			work.add(new ArrayList<>());
		}
		int slot = 0;
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (Copy copy : copies) {
			int inserts = share(copy.inserts(), caseIndex);
			int updates = share(copy.updates(), caseIndex);
			int deletes = share(copy.deletes(), caseIndex);
			List<Long> mine = new ArrayList<>();
			for (int i = 0; i < inserts; i++) {
				long row = rowNumbers.incrementAndGet();
				mine.add(row);
				String[] values = copy.samples().get(random.nextInt(copy.samples().size()));
				work.get(slot++ % transactions).add(statement(connection, copy.insert(), values, row));
			}
			for (int i = 0; i < updates; i++) {
				long row = mine.isEmpty() ? -1 - random.nextInt(copy.samples().size()) : mine.get(i % mine.size());
				String[] values = copy.samples().get(random.nextInt(copy.samples().size()));
				work.get(slot++ % transactions).add(statement(connection, copy.update(), values, row));
			}
			for (int i = 0; i < deletes; i++) {
				long row = i < mine.size() ? mine.get(i) : -1_000_000L;
				work.get(slot++ % transactions).add(statement(connection, copy.delete(), new String[0], row));
			}
		}
		for (List<Runnable> transaction : work) {
			for (Runnable statement : transaction) {
				statement.run();
			}
			connection.commit();
		}
	}

	/** The whole rows of a fractional count per case, spread evenly: e.g. 2.5 gives 2, 3, 2, 3, … */
	private static int share(double perCase, int caseIndex) {
		return (int) (Math.floor(perCase * (caseIndex + 1)) - Math.floor(perCase * caseIndex));
	}

	private static Runnable statement(Connection connection, String sql, String[] values, long row) {
		return () -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				bind(statement, values, row);
				statement.executeUpdate();
			}
			catch (SQLException e) {
				throw new IllegalStateException(String.format(Locale.ROOT, "%s: %s", sql, e.getMessage()), e);
			}
		};
	}
}
