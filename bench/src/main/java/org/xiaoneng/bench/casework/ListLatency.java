package org.xiaoneng.bench.casework;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.FigureTable;
import org.xiaoneng.bench.Settings;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.Cryptography;

/**
 * The work lists and searches a county's staff use all day, timed on the server over the loaded cases: each
 * request carries a {@code bench} parameter naming it, and the application's access log (Tomcat's, switched on by
 * the harness with the time taken in microseconds) says how long the server took from reading the request to
 * having written the answer. Requests go one at a time, so the figures are the lists' own, not a queue's.
 */
final class ListLatency {

	/** Issue 20: every list and search staff use all day, at ten million cases (issue 6 asked 50 ms). */
	private static final double TARGET_MS = 20;

	private final Api api;

	private final Database database;

	private final AccessLog accessLog;

	ListLatency(Api api, Database database, AccessLog accessLog) {
		this.api = api;
		this.database = database;
		this.accessLog = accessLog;
	}

	/** One list or search: who asks, and the question for the n-th request. */
	record Query(String name, String username, IntFunction<String> query) {
	}

	void run(Settings.Scale scale, int requests, Cryptography cryptography, CaseGenerator.Loaded loaded,
			FigureTable table) {
		Random random = new Random(42);
		List<String> caseNumbers = sample("select case_number from casework.case_file tablesample system (1) "
				+ "where case_number is not null limit 2000");
		List<String> names = sample("select applicant_name from casework.case_file tablesample system (1) limit 2000");
		List<String> idNumbers = sample("select id_number_encrypted from casework.case_file tablesample system (1) "
				+ "limit 2000").stream().map(cryptography::decrypt).toList();
		List<Query> queries = List.of(
				new Query("my work list (handler)", "handler", n -> "list=MINE"),
				new Query("department queue (depthead)", "depthead", n -> "list=DEPARTMENT"),
				new Query("red list (supervisor, whole county)", "supervisor", n -> "list=RED"),
				new Query("search by case number", "supervisor",
						n -> "caseNumber=" + encode(caseNumbers.get(random.nextInt(caseNumbers.size())))),
				new Query("search by ID number", "supervisor",
						n -> "idNumber=" + encode(idNumbers.get(random.nextInt(idNumbers.size())))),
				new Query("search by applicant name", "supervisor",
						n -> "applicantName=" + encode(names.get(random.nextInt(names.size())))),
				// one or two characters match the names that start with them: a surname and a given name's first
				new Query("search by applicant name prefix", "supervisor",
						n -> "applicantName=" + encode(names.get(random.nextInt(names.size())).substring(0, 2))),
				new Query("register filtered by state and month (supervisor)", "supervisor",
						n -> "state=PROCESSING&receivedFrom=" + LocalDate.now(Clocks.BUSINESS_ZONE).minusDays(30)));
		String size = String.format(Locale.ROOT, "%,d cases (%,d open)", scale.cases(), scale.open());
		table.add("casework scale: " + size, loaded.count() == scale.cases() ? "load (COPY + ANALYZE)"
				: String.format(Locale.ROOT, "load of the %,d more (COPY + ANALYZE)", loaded.count()),
				FigureTable.number(loaded.seconds(), 0), "s");
		Map<String, long[]> sizes = new LinkedHashMap<>();
		for (Query query : queries) {
			String tag = tag(query, scale);
			System.err.printf("bench: scale: %s at %s: %d warm-up and %d timed requests%n", query.name(), size,
					requests / 10, requests);
			long total = 0;
			for (int n = 0; n < requests / 10 + requests; n++) {
				String phase = n < requests / 10 ? "warmup" : "timed";
				total += api.get(query.username(), "/api/v1/cases?" + query.query().apply(n) + "&size=20&bench=" + tag
						+ "-" + phase).get("total").asLong();
			}
			sizes.put(query.name(), new long[] { total / (requests / 10 + requests) });
		}
		Map<String, List<AccessLog.Entry>> times = serverTimes();
		for (Query query : queries) {
			String tag = tag(query, scale) + "-timed";
			List<AccessLog.Entry> timed = times.getOrDefault(tag, List.of());
			if (timed.size() < requests) {
				throw new BenchmarkFailure("The access log has " + timed.size() + " of the " + requests
						+ " timed requests of " + query.name());
			}
			String subject = query.name() + " at " + size + " (~" + FigureTable.number(sizes.get(query.name())[0], 0)
					+ " matches)";
			for (int percentile : new int[] { 50, 95, 99 }) {
				double value = AccessLog.percentile(timed, percentile);
				String unit = percentile == 95 ? "ms (target ≤ " + FigureTable.number(TARGET_MS, 0) + ": "
						+ (value <= TARGET_MS ? "MET" : "MISSED") + ")" : "ms";
				table.add(subject, "server p" + percentile, FigureTable.number(value, 1), unit);
			}
		}
	}

	/** The access log's name for a list's requests at one size, so that each size's figures are its own. */
	private static String tag(Query query, Settings.Scale scale) {
		return query.name().replaceAll("[^a-z]+", "-") + "-" + scale.cases();
	}

	private Map<String, List<AccessLog.Entry>> serverTimes() {
		// Tomcat writes the line once the answer is out; the last request's line may trail it a little
		Lifecycle.pause(1000);
		Map<String, List<AccessLog.Entry>> times = new HashMap<>();
		for (AccessLog.Entry entry : accessLog.entries()) {
			int at = entry.pathAndQuery().indexOf("bench=");
			if (at >= 0) {
				String tag = entry.pathAndQuery().substring(at + 6).split("&")[0];
				times.computeIfAbsent(tag, t -> new ArrayList<>()).add(entry);
			}
		}
		return times;
	}

	private List<String> sample(String sql) {
		List<String> values = new ArrayList<>();
		try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		if (values.isEmpty()) {
			throw new BenchmarkFailure("No loaded case to search for: " + sql);
		}
		return values;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
