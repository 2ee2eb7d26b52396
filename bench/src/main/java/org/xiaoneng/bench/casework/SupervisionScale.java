package org.xiaoneng.bench.casework;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.FigureTable;
import org.xiaoneng.common.Clocks;

/**
 * Issue 14's scale figures: supervision's own tables loaded as a region with ten million cases of which a million are
 * open, then the deadline sweep of a normal day run over HTTP as a supervisor would (its answer gives each part's
 * time) and the cockpit's first paint timed on the server. The rows are written by set-based SQL straight into the
 * application's database; the cases whose cards fall due on the day are real casework cases (COPY, as the scale part
 * loads them), so that issuing their cards reads them as it would in production.
 */
final class SupervisionScale {

	private static final double SWEEP_TARGET_MS = 2000;

	/**
	 * A first run's bound: the application's catch-up time (20 s by default) plus the chunk under way when it ran out;
	 * the bench stops after this many such runs.
	 */
	private static final double FIRST_DAY_RUN_TARGET_MS = 30_000;

	private static final int FIRST_DAY_RUNS = 3;

	private static final double PAINT_TARGET_MS = 300;

	/** The page's reads in its {@code Server-Timing} header. */
	private static final Pattern READS = Pattern.compile("\\breads;dur=([0-9.]+)");

	/** Above every id the application hands out in a run, so the loaded cases never meet a real one. */
	private static final long FIRST_ID = 1_000_000_000_000L;

	/** Open cases' starts are spread over this many days; the deadline is 28 days (20 working days) after. */
	private static final int OPEN_SPREAD = 40;

	private final Database database;

	private final CaseGenerator generator;

	private final Api api;

	private final AccessLog accessLog;

	private final URI base;

	/** Over the leader's timed page paints, and over the normal day's sweep (option {@code --supervision-jfr}). */
	private final FlightRecording pageRecording;

	private final FlightRecording sweepRecording;

	SupervisionScale(Database database, CaseGenerator generator, Api api, AccessLog accessLog, URI base,
			FlightRecording pageRecording, FlightRecording sweepRecording) {
		this.database = database;
		this.generator = generator;
		this.api = api;
		this.accessLog = accessLog;
		this.base = base;
		this.pageRecording = pageRecording;
		this.sweepRecording = sweepRecording;
	}

	void run(int cases, int open, int dayCards, int requests, FigureTable table) {
		LocalDate today = LocalDate.now(Clocks.BUSINESS_ZONE);
		String subject = String.format(Locale.ROOT, "supervision: %,d cases (%,d open)", cases, open);
		long started = System.nanoTime();
		int due = load(cases, open, dayCards, today);
		table.add(subject, String.format(Locale.ROOT, "load (generate_series, %,d casework cases by COPY, ANALYZE)",
				due), FigureTable.number((System.nanoTime() - started) / 1e9, 0), "s");
		paint(subject, requests, table);
		sweep(subject, due, table);
		table.add(subject, "load average (1 min) at the end", FigureTable.number(loadAverage(), 1), "");
		pageRecording.summarise();
		sweepRecording.summarise();
	}

	/** Fills the tables; returns how many projected cases cross a line on the day (warning day, deadline, red). */
	private int load(int cases, int open, int dayCards, LocalDate today) {
		// the generator's open cases include some not yet accepted or paused; a third more leaves enough worked on
		CaseGenerator.Loaded loaded = generator.load(dayCards + dayCards / 3, dayCards + dayCards / 3);
		try (Connection connection = database.connect()) {
			return load(connection, cases, open, Math.max(1, cases / 50), dayCards, loaded.firstId(), today);
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Cannot load the supervision tables: " + e.getMessage(), e);
		}
	}

	/** The load's statements, on one connection: the departments' numbering is a temporary table of its session. */
	private static int load(Connection connection, int cases, int open, int cards, int dayCards, long firstCase,
			LocalDate today) {
		int closed = cases - open;
		step(connection, "departments", """
				create temporary table bench_department as
				select row_number() over (order by d.id) - 1 as n, d.id, d.unit_id
				from organization.department d""");
		// closed cases: received over the three years before the open ones, completed in 0 to 30 days of a 28-day
		// deadline (so about one in ten late), three in five rated on the canonical scale
		step(connection, "cockpit cases", String.format(Locale.ROOT, """
				insert into supervision.cockpit_case (case_id, unit_id, department_id, case_number, received_on,
				  accepted_on, deadline, closed_on, completed_on, on_time, rating, rated_on)
				select %1$d + i, d.unit_id, d.id, 'BENCH-' || i, r, r, r + 28,
				  case when i > %2$d then null else r + (i %% 31) end,
				  case when i > %2$d then null else r + (i %% 31) end,
				  case when i > %2$d then null else (i %% 31) <= 28 end,
				  case when i > %2$d or i %% 5 >= 3 then null else 1 + (i %% 7) %% 5 end,
				  case when i > %2$d or i %% 5 >= 3 then null else r + (i %% 31) end
				from generate_series(1, %3$d) i
				join bench_department d on d.n = i %% (select count(*) from bench_department)
				cross join lateral (select case when i > %2$d then date '%4$s' - (i %% %5$d)
				  else date '%4$s' - %5$d - (i %% 1095) end as r) received""", FIRST_ID, closed, cases, today, OPEN_SPREAD));
		// the sums the listeners would have kept: intake and acceptance per unit (department 0), the rest per department
		step(connection, "daily figures", """
				insert into supervision.daily_figure as f (day, unit_id, department_id, received, accepted, completed,
				  on_time, days_used, days_promised, rated, satisfied, dissatisfied, updated_at)
				select day, unit_id, department_id, sum(received), sum(accepted), sum(completed), sum(on_time),
				  sum(days_used), sum(days_promised), sum(rated), sum(satisfied), sum(dissatisfied), now()
				from (
				  select received_on as day, unit_id, 0::bigint department_id, 1 received, 1 accepted, 0 completed,
				    0 on_time, 0 days_used, 0 days_promised, 0 rated, 0 satisfied, 0 dissatisfied
				  from supervision.cockpit_case where case_id > %1$d
				  union all
				  select completed_on, unit_id, department_id, 0, 0, 1, on_time::int, (completed_on - accepted_on) * 5 / 7,
				    20, 0, 0, 0
				  from supervision.cockpit_case where case_id > %1$d and completed_on is not null
				  union all
				  select rated_on, unit_id, department_id, 0, 0, 0, 0, 0, 0, 1, (rating >= 3)::int, (rating <= 2)::int
				  from supervision.cockpit_case where case_id > %1$d and rated_on is not null
				) facts
				group by day, unit_id, department_id
				on conflict (day, unit_id, department_id) do update set received = f.received + excluded.received,
				  accepted = f.accepted + excluded.accepted, completed = f.completed + excluded.completed,
				  on_time = f.on_time + excluded.on_time, days_used = f.days_used + excluded.days_used,
				  days_promised = f.days_promised + excluded.days_promised, rated = f.rated + excluded.rated,
				  satisfied = f.satisfied + excluded.satisfied, dissatisfied = f.dissatisfied + excluded.dissatisfied,
				  updated_at = excluded.updated_at""".formatted(FIRST_ID));
		step(connection, "open counts", """
				insert into supervision.open_case_count as c (unit_id, open)
				select unit_id, count(*) from supervision.cockpit_case
				where case_id > %d and accepted_on is not null and closed_on is null group by unit_id
				on conflict (unit_id) do update set open = c.open + excluded.open""".formatted(FIRST_ID));
		// the day's cases: real casework cases being worked on, a third reaching their warning day today, a third
		// their deadline, a third red since today; the projection names the handler of the current step, as the
		// acceptance's listener would have
		int due = update(connection, "watched objects due today", String.format(Locale.ROOT, """
				insert into supervision.watched_object (object_type, object_id, object_label, unit_id, department_id,
				  holder_staff_id, started_on, deadline, warn_on)
				select 'CASE', id, coalesce(case_number, query_code), unit_id, department_id, current_staff_id,
				  least(accepted_on, date '%1$s' - 5), dates.deadline, dates.deadline - 4
				from casework.case_file
				cross join lateral (select case id %% 3 when 0 then date '%1$s' + 4 when 1 then date '%1$s'
				  else date '%1$s' - 1 end as deadline) dates
				where id >= %2$d and state in ('ACCEPTED', 'PROCESSING') and accepted_on is not null
				order by id limit %3$d""", today, firstCase, dayCards));
		// the rest of the million: open cases whose days fall on any day but today's three (warning day, deadline,
		// the day after it), so the day's run must find the due ones among them without reading them
		step(connection, "watched objects", String.format(Locale.ROOT, """
				insert into supervision.watched_object (object_type, object_id, object_label, unit_id, department_id,
				  started_on, deadline, warn_on)
				select 'CASE', case_id, case_number, unit_id, department_id, s, s + 28, s + 24
				from supervision.cockpit_case
				cross join lateral (select (case_id %% %1$d)::int as k) spread
				cross join lateral (select date '%2$s' - case when k in (24, 28, 29) then k + %1$d else k end as s) started
				where case_id > %3$d and closed_on is null
				limit %4$d""", OPEN_SPREAD, today, FIRST_ID, Math.max(0, open - due)));
		// a year of cards, one for every fifty cases, spread over the states and the three deadline rules
		step(connection, "cards", String.format(Locale.ROOT, """
				insert into supervision.card (rule_code, rule_version, colour, state, object_type, object_id,
				  object_part, object_label, unit_id, department_id, holder_level, facts, raised_at, issued_at)
				select (array['CASE_DEADLINE_NEAR', 'CASE_DUE_TODAY', 'CASE_OVERDUE'])[1 + i %% 3], 1,
				  (array['WARNING', 'YELLOW', 'RED'])[1 + i %% 3],
				  (array['ISSUED', 'ANSWERED', 'CLOSED', 'CLOSED', 'CLOSED', 'REVOKED', 'CANCELLED'])[1 + i %% 7],
				  'CASE', %1$d + i, 0, 'BENCH-' || i, d.unit_id, d.id, 'HANDLER', 'BENCH-' || i,
				  now() - (i %% 365) * interval '1 day', now() - (i %% 365) * interval '1 day'
				from generate_series(1, %2$d) i
				join bench_department d on d.n = i %% (select count(*) from bench_department)""", FIRST_ID, cards));
		// yesterday's run is done: today's is a normal day, not the first (which looks at every object)
		step(connection, "the sweep's last day", """
				insert into supervision.deadline_sweep (id, last_day) values (true, date '%s' - 1)
				on conflict (id) do update set last_day = excluded.last_day""".formatted(today));
		step(connection, "statistics", "analyze supervision.cockpit_case, supervision.daily_figure, "
				+ "supervision.open_case_count, supervision.watched_object, supervision.card");
		return due;
	}

	private static void step(Connection connection, String what, String sql) {
		update(connection, what, sql);
	}

	private static int update(Connection connection, String what, String sql) {
		System.err.printf("bench: supervision: loading %s%n", what);
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
			return Math.max(0, statement.getUpdateCount());
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Loading " + what + " failed: " + e.getMessage(), e);
		}
	}

	/**
	 * The cockpit's first paint: the leader's page (password only), and the figures behind it through the API as the
	 * leader and as the supervisor (whose second factor the pages would ask for; the API token is how the other
	 * casework parts work). Server time from the access log.
	 */
	private void paint(String subject, int requests, FigureTable table) {
		WebSession leader = WebSession.signIn(base, "leader");
		int warmup = Math.max(1, requests / 10);
		List<Double> reads = new ArrayList<>();
		for (int n = 0; n < warmup + requests; n++) {
			String phase = n < warmup ? "warmup" : "timed";
			if (n == warmup) {
				pageRecording.start();
			}
			String timing = leader.get("/supervision/cockpit?bench=page-leader-" + phase);
			if (n >= warmup) {
				reads.add(readsMillis(timing));
			}
			api.get("leader", "/api/v1/supervision/cockpit?bench=api-leader-" + phase);
			api.get("supervisor", "/api/v1/supervision/cockpit?bench=api-supervisor-" + phase);
		}
		pageRecording.stop();
		Lifecycle.pause(1000);
		Map<String, List<AccessLog.Entry>> times = new HashMap<>();
		for (AccessLog.Entry entry : accessLog.entries()) {
			int at = entry.pathAndQuery().indexOf("bench=");
			if (at >= 0 && entry.pathAndQuery().endsWith("-timed")) {
				times.computeIfAbsent(entry.pathAndQuery().substring(at + 6), t -> new ArrayList<>()).add(entry);
			}
		}
		Map<String, String> shown = Map.of("page-leader", "GET /supervision/cockpit as leader (page)", "api-leader",
				"GET /api/v1/supervision/cockpit as leader", "api-supervisor",
				"GET /api/v1/supervision/cockpit as supervisor");
		for (String what : List.of("page-leader", "api-leader", "api-supervisor")) {
			List<AccessLog.Entry> timed = times.getOrDefault(what + "-timed", List.of());
			if (timed.size() < requests) {
				throw new BenchmarkFailure("The access log has " + timed.size() + " of the " + requests
						+ " timed cockpit requests " + what);
			}
			for (int percentile : new int[] { 50, 95 }) {
				double value = AccessLog.percentile(timed, percentile);
				table.add(subject, shown.get(what) + ", server p" + percentile, FigureTable.number(value, 1),
						target(value, PAINT_TARGET_MS));
			}
			if (what.equals("page-leader")) {
				pageApart(subject, timed, reads, table);
			}
		}
	}

	/**
	 * The leader's page told apart: its reads (figures, units, departments, rankings: the page's own
	 * {@code Server-Timing}) and the rest of the server's time (rendering the template, the filters), request by
	 * request; the requests were made one at a time, so the access log has them in the order they were made.
	 */
	private static void pageApart(String subject, List<AccessLog.Entry> timed, List<Double> reads,
			FigureTable table) {
		List<AccessLog.Entry> readTimes = new ArrayList<>();
		List<AccessLog.Entry> rest = new ArrayList<>();
		for (int n = 0; n < Math.min(timed.size(), reads.size()); n++) {
			AccessLog.Entry entry = timed.get(n);
			readTimes.add(new AccessLog.Entry(reads.get(n), entry.status(), entry.pathAndQuery()));
			rest.add(new AccessLog.Entry(entry.millis() - reads.get(n), entry.status(), entry.pathAndQuery()));
		}
		for (int percentile : new int[] { 50, 95 }) {
			table.add(subject, "  of the page: its reads (figures, organisation, rankings), p" + percentile,
					FigureTable.number(AccessLog.percentile(readTimes, percentile), 1), "ms");
			table.add(subject, "  of the page: the rest (rendering, filters), p" + percentile,
					FigureTable.number(AccessLog.percentile(rest, percentile), 1), "ms");
		}
	}

	/** The {@code reads} duration of a {@code Server-Timing} header ({@code reads;dur=12.3}). */
	private static double readsMillis(String serverTiming) {
		Matcher reads = READS.matcher(serverTiming);
		if (!reads.find()) {
			throw new BenchmarkFailure("The cockpit page sent no reads timing: '" + serverTiming + "'");
		}
		return Double.parseDouble(reads.group(1));
	}

	/**
	 * The deadline sweep of today run as a supervisor would, over HTTP: once (a normal day: yesterday's run is done)
	 * and again (nothing left to raise); then as a first run (no last day: every watched case looked at, decision 0023),
	 * whose runs are bounded by the catch-up time and go on from each other. The time is the whole request's; the
	 * answer splits it into the set-based statements and the rest (holders, events, notices, audit).
	 */
	private void sweep(String subject, int due, FigureTable table) {
		sweepRecording.start();
		sweepOnce(subject, "normal day, " + String.format(Locale.ROOT, "%,d objects due", due), SWEEP_TARGET_MS, table);
		sweepRecording.stop();
		sweepOnce(subject, "same day again", SWEEP_TARGET_MS, table);
		try (Connection connection = database.connect()) {
			step(connection, "no last day (a first run)", "delete from supervision.deadline_sweep");
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Cannot clear the sweep's last day: " + e.getMessage(), e);
		}
		for (int run = 1; run <= FIRST_DAY_RUNS; run++) {
			if (sweepOnce(subject, "first day, run " + run, FIRST_DAY_RUN_TARGET_MS, table)) {
				break;
			}
		}
	}

	/** One run of the sweep over HTTP, its figures in the table; whether the day is complete. */
	private boolean sweepOnce(String subject, String run, double target, FigureTable table) {
		System.err.printf("bench: supervision: deadline sweep, %s%n", run);
		long started = System.nanoTime();
		JsonNode answer = api.post("supervisor", "/api/v1/supervision/sweeps/deadlines", Map.of());
		double millis = (System.nanoTime() - started) / 1e6;
		boolean complete = answer.get("complete").asBoolean();
		String counts = String.format(Locale.ROOT, "%,d issued%s", answer.get("issued").asInt(),
				complete ? "" : ", more for the next run");
		table.add(subject, "deadline sweep over HTTP, " + run + " (" + counts + ")", FigureTable.number(millis, 0),
				target(millis, target));
		double onServer = answer.get("runMillis").asDouble();
		part(table, subject, "  of which the rule terms and feedback deadlines", answer.get("termsMillis"));
		part(table, subject, "  of which the set-based statements", answer.get("raiseMillis"));
		part(table, subject, "  of which holders, events, notices, audit of the cards", answer.get("issueMillis"));
		part(table, subject, "  of which beginning and committing the transaction", answer.get("commitMillis"));
		table.add(subject, "  of which the lock, the run's record and its audit entry",
				FigureTable.number(onServer - answer.get("termsMillis").asDouble() - answer.get("raiseMillis").asDouble()
						- answer.get("issueMillis").asDouble() - answer.get("commitMillis").asDouble(), 0), "ms");
		table.add(subject, "  of which HTTP, signing in and the answer (the request less the run on the server)",
				FigureTable.number(millis - onServer, 0), "ms");
		return complete;
	}

	private static void part(FigureTable table, String subject, String part, JsonNode millis) {
		table.add(subject, part, FigureTable.number(millis.asDouble(), 0), "ms");
	}

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static String target(double millis, double target) {
		return String.format(Locale.ROOT, "ms (target ≤ %,.0f: %s)", target, millis <= target ? "MET" : "MISSED");
	}
}
