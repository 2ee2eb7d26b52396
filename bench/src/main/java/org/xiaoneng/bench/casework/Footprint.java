package org.xiaoneng.bench.casework;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xiaoneng.bench.FigureTable;
import org.xiaoneng.bench.http.LocalServer;

/**
 * Issue 20's start and footprint of the application the suite started: its memory as the kernel counts it
 * ({@code /proc/PID/status}), how long the demo county took to load (the line {@code DemoLoadLock} logs), and how long
 * a restart on the same embedded database takes until the node is ready: with the JVM options the jar carries (a
 * production start), and as the run command starts it.
 */
final class Footprint {

	private static final String SUBJECT = "start and footprint";

	private static final double MAX_RSS_MB = 512;

	private static final double MAX_DEMO_SECONDS = 20;

	private static final double MAX_RESTART_SECONDS = 10;

	/**
	 * What the Spring Boot Maven plugin's {@code run} goal adds to the application's JVM options by default
	 * ({@code optimizedLaunch}): compilation by C1 alone, so that a start does not spend a core on C2.
	 */
	private static final List<String> RUN_COMMAND_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

	private static final Pattern DEMO_LOADED = Pattern.compile("Demo data in place (\\d+) ms after the loaders started");

	private static final Pattern STARTED = Pattern.compile("Started XiaonengApplication in ([\\d.]+) seconds");

	private Footprint() {
	}

	/**
	 * The resident memory of the application's JVM now and at its peak so far ({@code VmRSS}, {@code VmHWM}), the
	 * peak against the target: read after the lifecycle, it covers the start, the demo county and the lifecycle.
	 */
	static void memory(long pid, String when, FigureTable table) {
		List<String> status;
		try {
			status = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"));
		}
		catch (IOException e) {
			table.add(SUBJECT, "resident memory " + when, "-", "(/proc unreadable: " + e.getMessage() + ")");
			return;
		}
		double peak = kilobytes(status, "VmHWM") / 1024.0;
		double now = kilobytes(status, "VmRSS") / 1024.0;
		table.add(SUBJECT, "resident memory " + when + ", peak (VmHWM)", FigureTable.number(peak, 0),
				"MB (target ≤ " + FigureTable.number(MAX_RSS_MB, 0) + ": " + verdict(peak <= MAX_RSS_MB) + ")");
		table.add(SUBJECT, "resident memory " + when + ", now (VmRSS)", FigureTable.number(now, 0), "MB");
	}

	/** The first start's figures from the application's log: Spring's start and the demo county's load. */
	static void firstStart(Path log, FigureTable table) {
		String text = read(log);
		Matcher started = STARTED.matcher(text);
		if (started.find()) {
			table.add(SUBJECT, "first start, Spring context up (new database)",
					FigureTable.number(Double.parseDouble(started.group(1)), 1), "s");
		}
		Matcher demo = DEMO_LOADED.matcher(text);
		double seconds = demo.find() ? Long.parseLong(demo.group(1)) / 1000.0 : Double.NaN;
		table.add(SUBJECT, "demo county loaded (after Spring's start)",
				Double.isNaN(seconds) ? "-" : FigureTable.number(seconds, 1), "s (target ≤ "
						+ FigureTable.number(MAX_DEMO_SECONDS, 0) + ": " + verdict(seconds <= MAX_DEMO_SECONDS) + ")");
	}

	/**
	 * Stops the application gracefully and starts it again on the same data directory (the demo county in place),
	 * timing from the new JVM's launch to readiness UP: first with the JVM options the jar carries, then once more as
	 * the run command starts it; returns the restarted server, which the caller closes.
	 */
	static LocalServer restart(LocalServer server, HttpClient client, FigureTable table) {
		LocalServer restarted = restart(server, client, List.of(), "restart on the existing database, launch to ready",
				table);
		return restart(restarted, client, RUN_COMMAND_JVM_OPTIONS,
				"restart as ./mvnw spring-boot:run starts it (C1 only), launch to ready", table);
	}

	private static LocalServer restart(LocalServer server, HttpClient client, List<String> moreJvmOptions, String what,
			FigureTable table) {
		System.err.println("bench: footprint: restarting the application on its database " + moreJvmOptions);
		server.stopKeepingData();
		long launched = System.nanoTime();
		LocalServer restarted = server.restart(client, moreJvmOptions);
		double seconds = (System.nanoTime() - launched) / 1e9;
		table.add(SUBJECT, what, FigureTable.number(seconds, 1), "s (target ≤ "
				+ FigureTable.number(MAX_RESTART_SECONDS, 0) + ": " + verdict(seconds <= MAX_RESTART_SECONDS) + ")");
		return restarted;
	}

	private static long kilobytes(List<String> status, String field) {
		return status.stream()
			.filter(line -> line.startsWith(field + ":"))
			.map(line -> line.replaceAll("[^0-9]", ""))
			.mapToLong(Long::parseLong)
			.findFirst()
			.orElse(-1);
	}

	private static String read(Path log) {
		try {
			return Files.readString(log);
		}
		catch (IOException e) {
			return "";
		}
	}

	private static String verdict(boolean met) {
		return met ? "MET" : "MISSED";
	}
}
