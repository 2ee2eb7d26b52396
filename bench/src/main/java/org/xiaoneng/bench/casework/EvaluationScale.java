package org.xiaoneng.bench.casework;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.FigureTable;
import org.xiaoneng.common.Clocks;

/**
 * Issue 16's scale figures: cases loaded by the casework generator (COPY) together with the facts the evaluation
 * reads from them, as casework's listeners and use cases would have written them ({@link EvaluationFacts}), then the evaluation team's year computed for every department and
 * staff member of the demo county through the API, and one staff member's result recomputed alone, timed on the
 * server. The year is last year, which the generated closed cases cover whole.
 */
final class EvaluationScale {

	private static final double YEAR_TARGET_MS = 10_000;

	private static final double ONE_PERSON_TARGET_MS = 200;

	/** Staff added to the demo county's posts before the load, so that the cases spread as over a county's staff. */
	private static final int EXTRA_STAFF = 1000;

	private final Database database;

	private final CaseGenerator generator;

	private final Api api;

	private final AccessLog accessLog;

	/** Over one person's timed recomputations (option {@code --evaluation-jfr}). */
	private final FlightRecording recording;

	EvaluationScale(Database database, CaseGenerator generator, Api api, AccessLog accessLog,
			FlightRecording recording) {
		this.database = database;
		this.generator = generator;
		this.api = api;
		this.accessLog = accessLog;
		this.recording = recording;
	}

	void run(int cases, int requests, FigureTable table) {
		int year = LocalDate.now(Clocks.BUSINESS_ZONE).getYear() - 1;
		String subject = String.format(Locale.ROOT, "evaluation: %,d cases, year %d", cases, year);
		long started = System.nanoTime();
		addStaff();
		generator.load(cases, Math.max(1, cases / 10), EvaluationFacts.of(database));
		int[] counts = facts();
		table.add(subject, String.format(Locale.ROOT,
				"load (COPY of cases and facts, VACUUM ANALYZE; %,d departments, %,d staff)", counts[0], counts[1]),
				FigureTable.number((System.nanoTime() - started) / 1e9, 0), "s");
		for (String type : List.of("DEPARTMENT", "STAFF")) {
			for (String scale : List.of("CIVIL_SERVANT", "INSTITUTION")) {
				api.post("supervisor", "/api/v1/evaluation/schemes/default",
						Map.of("year", year, "objectType", type, "scale", scale, "withIntegrity", false));
			}
		}
		api.post("supervisor", "/api/v1/evaluation/years/" + year + "/start", Map.of());
		for (String run : List.of("first", "again")) {
			System.err.printf("bench: evaluation: computing the year, %s%n", run);
			long start = System.nanoTime();
			int results = api.post("supervisor", "/api/v1/evaluation/years/" + year + "/computation?bench=year-" + run,
					Map.of()).asInt();
			double millis = (System.nanoTime() - start) / 1e6;
			table.add(subject, String.format(Locale.ROOT, "year's computation over HTTP, %s (%,d results)", run,
					results), FigureTable.number(millis, 0), target(millis, YEAR_TARGET_MS));
		}
		onePerson(subject, year, busiestStaff(year, requests), table);
		table.add(subject, "load average (1 min) at the end",
				FigureTable.number(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 1), "");
		recording.summarise();
	}

	/** {@value #EXTRA_STAFF} staff on duty spread over the posts that have holders, each holding one of them. */
	private void addStaff() {
		try (Connection connection = database.connect()) {
			step(connection, EXTRA_STAFF + " staff", """
					with posts as (
					  select p.id as post_id, p.department_id, d.unit_id, row_number() over (order by p.id) - 1 as k,
					    count(*) over () as posts
					  from organization.post p join organization.department d on d.id = p.department_id
					  where exists (select 1 from organization.post_holder h where h.post_id = p.id)),
					added as (
					  insert into organization.staff (staff_number, name, gender, political_status, employment, status,
					    unit_id, department_id, joined_on)
					  select 'BENCH-' || n, '测评' || n, 'FEMALE', 'MASSES', 'ESTABLISHED', 'ON_DUTY', p.unit_id,
					    p.department_id, date '2020-01-01'
					  from generate_series(1, %d) n join posts p on p.k = n %% p.posts
					  returning id, staff_number)
					insert into organization.post_holder (post_id, staff_id)
					select p.post_id, a.id from added a
					join posts p on p.k = substring(a.staff_number from 7)::int %% p.posts""".formatted(EXTRA_STAFF));
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Cannot add the staff: " + e.getMessage(), e);
		}
	}

	/**
	 * The statistics and visibility map of the facts the load wrote beside the cases ({@link EvaluationFacts}) and of
	 * the cases themselves: returns the county's departments and staff on duty. A county's tables that autovacuum has
	 * kept for years are all but wholly visible, so its index-only reads never touch the table; freshly copied rows are
	 * not until a vacuum, and an index-only plan would read every row's page as well.
	 */
	private int[] facts() {
		try (Connection connection = database.connect()) {
			step(connection, "vacuum and statistics", "vacuum (analyze) casework.commitment_fact, casework.rating, "
					+ "casework.rectification, casework.correction_notice, casework.case_file");
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("""
							select (select count(*) from organization.department),
							  (select count(*) from organization.staff where status = 'ON_DUTY')""")) {
				rows.next();
				return new int[] { rows.getInt(1), rows.getInt(2) };
			}
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Cannot load the evaluation's facts: " + e.getMessage(), e);
		}
	}

	/** The staff members with the most completed cases of the year: the dearest single recomputations. */
	private List<Long> busiestStaff(int year, int count) {
		List<Long> staff = new ArrayList<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select f.staff_id from casework.commitment_fact f
						where f.completed_on >= make_date(%1$d, 1, 1) and f.completed_on < make_date(%1$d + 1, 1, 1)
						  and f.staff_id is not null
						group by f.staff_id order by count(*) desc, f.staff_id""".formatted(year))) {
			while (rows.next()) {
				staff.add(rows.getLong(1));
			}
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Cannot find the year's staff: " + e.getMessage(), e);
		}
		if (staff.isEmpty()) {
			throw new BenchmarkFailure("No staff member completed a generated case in " + year);
		}
		List<Long> calls = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			calls.add(staff.get(n % staff.size()));
		}
		return calls;
	}

	/** One person's recomputation, the busiest first and round again, timed on the server after a few unmeasured. */
	private void onePerson(String subject, int year, List<Long> staff, FigureTable table) {
		int warmup = Math.max(1, staff.size() / 10);
		for (int n = 0; n < warmup + staff.size(); n++) {
			String phase = n < warmup ? "warmup" : "timed";
			if (n == warmup) {
				recording.start();
			}
			api.post("supervisor", "/api/v1/evaluation/years/" + year + "/staff/" + staff.get(n % staff.size())
					+ "/computation?bench=person-" + phase, Map.of());
		}
		recording.stop();
		Lifecycle.pause(1000);
		List<AccessLog.Entry> timed = accessLog.entries()
			.stream()
			.filter(entry -> entry.pathAndQuery().endsWith("bench=person-timed"))
			.toList();
		if (timed.size() < staff.size()) {
			throw new BenchmarkFailure("The access log has " + timed.size() + " of the " + staff.size()
					+ " timed recomputations of one person");
		}
		for (int percentile : new int[] { 50, 95 }) {
			double value = AccessLog.percentile(timed, percentile);
			table.add(subject, String.format(Locale.ROOT, "one person recomputed (%d calls, %d people), server p%d",
					staff.size(), staff.stream().distinct().count(), percentile), FigureTable.number(value, 1),
					target(value, ONE_PERSON_TARGET_MS));
		}
	}

	private static void step(Connection connection, String what, String sql) {
		System.err.printf("bench: evaluation: loading %s%n", what);
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Loading " + what + " failed: " + e.getMessage(), e);
		}
	}

	private static String target(double millis, double target) {
		return String.format(Locale.ROOT, "ms (target ≤ %,.0f: %s)", target, millis <= target ? "MET" : "MISSED");
	}
}
