package org.xiaoneng.bench.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

import org.xiaoneng.bench.FigureTable;

/**
 * What came back from one scenario: a status (or a failure) and a latency per request sent. Any status outside
 * 200–399 and any request without an answer is an error; latencies count every answered request.
 */
public final class ScenarioResult {

	static final int NOT_SENT = -2;

	static final int FAILED = -1;

	private final String name;

	private final int planned;

	private final Duration elapsed;

	private final int sent;

	private final double[] sortedMillis;

	private final Map<String, Long> errors = new TreeMap<>();

	ScenarioResult(String name, int planned, Duration elapsed, int[] statuses, long[] latencies,
			Map<String, LongAdder> failures) {
		this.name = name;
		this.planned = planned;
		this.elapsed = elapsed;
		int sentCount = 0;
		double[] millis = new double[statuses.length];
		int answered = 0;
		for (int i = 0; i < statuses.length; i++) {
			int status = statuses[i];
			if (status == NOT_SENT) {
				continue;
			}
			sentCount++;
			if (status == FAILED) {
				continue;
			}
			millis[answered++] = latencies[i] / 1_000_000.0;
			if (status < 200 || status > 399) {
				errors.merge("HTTP " + status, 1L, Long::sum);
			}
		}
		failures.forEach((kind, count) -> errors.put(kind, count.sum()));
		this.sent = sentCount;
		this.sortedMillis = Arrays.copyOf(millis, answered);
		Arrays.sort(sortedMillis);
	}

	void addTo(FigureTable table) {
		addTo(table, "requests/s", "ms");
	}

	/**
	 * The same rows with a target for the throughput (at least) and the p95 latency (at most), each MET or MISSED;
	 * a scenario with errors misses both.
	 */
	public void addTo(FigureTable table, double minThroughput, double maxP95Millis) {
		boolean clean = errorCount() == 0;
		addTo(table,
				"requests/s (target ≥ " + FigureTable.number(minThroughput, 0) + ": "
						+ verdict(clean && throughput() >= minThroughput) + ")",
				"ms (target ≤ " + FigureTable.number(maxP95Millis, 0) + ": "
						+ verdict(clean && sortedMillis.length > 0 && percentile(95) <= maxP95Millis) + ")");
	}

	private static String verdict(boolean met) {
		return met ? "MET" : "MISSED";
	}

	private double throughput() {
		return sent / (elapsed.toNanos() / 1e9);
	}

	private long errorCount() {
		return errors.values().stream().mapToLong(Long::longValue).sum();
	}

	private void addTo(FigureTable table, String throughputUnit, String p95Unit) {
		table.add(name, "requests", FigureTable.number(sent, 0),
				sent < planned ? "requests (time limit reached before " + planned + ")" : "requests");
		double throughput = throughput();
		table.add(name, "throughput", FigureTable.number(throughput, FigureTable.decimalsFor(throughput)),
				throughputUnit);
		for (int percent : new int[] { 50, 95, 99 }) {
			table.add(name, "latency p" + percent, sortedMillis.length == 0 ? "-"
					: FigureTable.number(percentile(percent), 2), percent == 95 ? p95Unit : "ms");
		}
		long errorCount = errorCount();
		List<String> kinds = new ArrayList<>();
		errors.forEach((kind, count) -> kinds.add(kind + ": " + FigureTable.number(count, 0)));
		table.add(name, "errors", FigureTable.number(errorCount, 0),
				kinds.isEmpty() ? "requests" : "requests (" + String.join(", ", kinds) + ")");
	}

	/** Nearest rank: the smallest latency that at least this share of the answered requests did not exceed. */
	private double percentile(int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sortedMillis.length);
		return sortedMillis[Math.max(rank, 1) - 1];
	}
}
