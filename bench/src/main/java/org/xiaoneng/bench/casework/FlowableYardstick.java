package org.xiaoneng.bench.casework;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.xiaoneng.bench.BenchmarkFailure;

/**
 * Issue 20's yardstick: the lifecycle's process in a plain Flowable 7 engine ({@code bench/flowable}), with as many
 * cases and clients as the lifecycle, on a database of its own in the same embedded PostgreSQL, so it can neither
 * touch the application's data nor be spared the machine's conditions. The engine runs in a JVM of its own with
 * only the Flowable module's class path (Spring Framework 6 and Jackson 2 never meet the application's), in-process
 * with its database as the application is with its own; the harness counts its writes as it counts the lifecycle's.
 */
final class FlowableYardstick {

	/** The database the engine creates its tables in; dropped and created afresh for each run. */
	static final String DATABASE = "bench_flowable";

	/** As many as the lifecycle's warm-up: the JIT, the engine's caches and the pool settle before the count. */
	private static final int WARMUP_CASES = 20;

	/** The engine's tables are created on its first start: generous for two busy cores. */
	private static final long LIMIT_MINUTES = 15;

	/** Cases per second, and what the database wrote for them. */
	record Result(double rate, TableWrites writes) {
	}

	private final Database database;

	FlowableYardstick(Database database) {
		this.database = database;
	}

	Result run(int cases, int clients, int steps) {
		recreateDatabase();
		Database own = new Database(database.port(), DATABASE, database.password());
		System.err.printf("bench: Flowable: %d cases (%d steps), %d clients, database %s%n", cases, steps, clients,
				DATABASE);
		ProcessBuilder builder = new ProcessBuilder(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
				"org.xiaoneng.bench.flowable.FlowableLifecycle", own.url(), "postgres", Integer.toString(cases),
				Integer.toString(clients), Integer.toString(steps), Integer.toString(WARMUP_CASES)))
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		// not on the command line, where every process of the machine could read it
		builder.environment().put("XIAONENG_BENCH_DB_PASSWORD", database.password());
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException e) {
			throw new BenchmarkFailure("Cannot start the Flowable engine's JVM: " + e.getMessage(), e);
		}
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
			expect(out, "warmed", process);
			// the warm-up's counts reach the statistics only once its backends report them
			Lifecycle.pause(11_000);
			TableWrites before = TableWrites.snapshot(own);
			in.write("go\n");
			in.flush();
			long elapsed = Long.parseLong(expect(out, "measured ", process).substring("measured ".length()));
			if (!process.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new BenchmarkFailure("The Flowable engine's JVM did not end cleanly after the measured cases");
			}
			// its backends ended with its connections and reported their counts as they went
			Lifecycle.pause(1000);
			return new Result(cases / (elapsed / 1e9), TableWrites.snapshot(own).minus(before));
		}
		catch (IOException e) {
			throw new BenchmarkFailure("Lost the Flowable engine's JVM: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkFailure("Interrupted", e);
		}
		finally {
			process.destroyForcibly();
		}
	}

	/**
	 * The engine JVM's next line that starts with {@code prefix}; lines before it (the schema migration's libraries
	 * print to standard output) go to standard error.
	 */
	private static String expect(BufferedReader out, String prefix, Process process)
			throws IOException, InterruptedException {
		String line;
		while ((line = out.readLine()) != null && !line.startsWith(prefix)) {
			System.err.println("bench: Flowable: " + line);
		}
		if (line == null) {
			process.waitFor(10, TimeUnit.SECONDS);
			throw new BenchmarkFailure("The Flowable engine's JVM ended before saying '" + prefix.strip() + "'"
					+ (process.isAlive() ? "" : " and exited with status " + process.exitValue())
					+ " (its errors are above)");
		}
		return line;
	}

	private void recreateDatabase() {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + DATABASE);
			statement.execute("create database " + DATABASE);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The Flowable module's classes and libraries, as bench/run built them and handed them over. */
	private static String classPath() {
		String classPath = System.getProperty("xiaoneng.bench.flowable.classpath", "");
		if (classPath.isBlank() || !new File(classPath.split(File.pathSeparator)[0]).exists()) {
			throw new BenchmarkFailure("The Flowable module is not built: run the casework benchmarks through bench/run");
		}
		return classPath;
	}
}
