package org.xiaoneng.bench.casework;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.FigureTable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases driven through the API from submission to completion, as a window clerk and the staff acting for each step's
 * post do it, with several clients at once; then the database's ceiling for the same writes (see {@link Ceiling}) and
 * the same flow in a plain Flowable engine (see {@link FlowableYardstick}).
 */
final class Lifecycle {

	/** Unmeasured cases first: they pick the item and let the JIT and the pools settle. */
	private static final int WARMUP_CASES = 20;

	private final Api api;

	private final Database database;

	/** Staff id → demo account, for the staff the demo gave an account (and so an API token). */
	private final Map<Long, String> accounts;

	private final AccessLog accessLog;

	private final FlightRecording recording;

	Lifecycle(Api api, Database database, AccessLog accessLog, FlightRecording recording) {
		this.api = api;
		this.database = database;
		this.accessLog = accessLog;
		this.recording = recording;
		this.accounts = accounts(database);
	}

	/** A published item: the id and the materials to hand in. */
	record Item(long id, String name, int steps, List<Map<String, Object>> materials) {
	}

	void run(int cases, int clients, FigureTable table) {
		Item item = chooseItem(clients);
		System.err.printf("bench: lifecycle: %d cases of '%s' (%d steps), %d clients%n", cases, item.name(),
				item.steps(), clients);
		// the warm-up's counts reach the statistics only once its backends report them
		pause(11_000);
		TableWrites before = TableWrites.snapshot(database);
		int logged = accessLog.entries().size();
		recording.start();
		long elapsed = drive(item, cases, clients);
		recording.stop();
		pause(1000);
		List<AccessLog.Entry> requests = accessLog.entries();
		requests = requests.subList(logged, requests.size());
		// backends report their counts when idle, at the latest after 10 s; asynchronous listeners finish too
		pause(11_000);
		TableWrites writes = TableWrites.snapshot(database).minus(before);
		double rate = cases / (elapsed / 1e9);
		int transactions = 2 + item.steps() + 1;
		String subject = "casework lifecycle (" + (item.steps()) + " steps, " + clients + " clients)";
		table.add(subject, "cases", FigureTable.number(cases, 0), "cases");
		table.add(subject, "throughput", FigureTable.number(rate, FigureTable.decimalsFor(rate)), "cases/s");
		addWrites(table, subject, writes, cases);
		// where the time goes: the server's own time per kind of request
		Map<String, List<AccessLog.Entry>> byKind = new LinkedHashMap<>();
		for (AccessLog.Entry entry : requests) {
			String path = entry.pathAndQuery();
			String kind = path.endsWith("/acceptance") ? "accept" : path.contains("/steps/") ? "complete a step"
					: path.endsWith("/completion") ? "complete the case" : path.equals("/api/v1/cases") ? "submit" : null;
			if (kind != null) {
				byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(entry);
			}
		}
		byKind.forEach((kind, entries) -> table.add(subject, kind + ": server p50 / p95",
				FigureTable.number(AccessLog.percentile(entries, 50), 0) + " / "
						+ FigureTable.number(AccessLog.percentile(entries, 95), 0),
				"ms"));
		double ceiling = new Ceiling(database).run(writes, cases, transactions, clients);
		table.add("database ceiling (same rows, JDBC)", "throughput",
				FigureTable.number(ceiling, FigureTable.decimalsFor(ceiling)), "cases/s");
		addRatio(table, "lifecycle / ceiling", rate / ceiling, 0.5);
		FlowableYardstick.Result flowable = new FlowableYardstick(database).run(cases, clients, item.steps());
		String yardstick = "Flowable 7.1 (same flow, " + clients + " clients)";
		table.add(yardstick, "throughput",
				FigureTable.number(flowable.rate(), FigureTable.decimalsFor(flowable.rate())), "cases/s");
		addWrites(table, yardstick, flowable.writes(), cases);
		addRatio(table, "lifecycle / Flowable", rate / flowable.rate(), 5);
		recording.summarise();
	}

	/** Rows and commits per case, the totals in the table and each table's rows on standard error. */
	private static void addWrites(FigureTable table, String subject, TableWrites writes, int cases) {
		System.err.println("bench: " + subject + ": rows written per case (inserted/updated/deleted):");
		writes.tables()
			.forEach((name, counts) -> System.err.printf(Locale.ROOT, "bench:   %-40s %6.2f %6.2f %6.2f%n", name,
					counts[0] / (double) cases, counts[1] / (double) cases, counts[2] / (double) cases));
		table.add(subject, "rows per case", String.format(Locale.ROOT, "%.1f ins, %.1f upd, %.1f del",
				writes.total(0) / (double) cases, writes.total(1) / (double) cases, writes.total(2) / (double) cases),
				"rows");
		table.add(subject, "commits per case", FigureTable.number(writes.commits() / (double) cases, 1),
				"transactions");
	}

	private static void addRatio(FigureTable table, String subject, double ratio, double target) {
		table.add(subject, "ratio", FigureTable.number(ratio, 2),
				"target ≥ " + FigureTable.number(target, 2) + " " + (ratio >= target ? "MET" : "MISSED"));
	}

	private long drive(Item item, int cases, int clients) {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int client = 0; client < clients; client++) {
				int seed = client;
				running.add(pool.submit(() -> {
					Random random = new Random(seed);
					while (next.getAndIncrement() < cases) {
						oneCase(item, random);
					}
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		catch (java.util.concurrent.ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new BenchmarkFailure(e.toString(), e);
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

	/** Submit → accept → every step by whoever acts for its post → complete: 3 + steps write requests. */
	private void oneCase(Item item, Random random) {
		Map<String, Object> submission = People.windowSubmission(random, item.id(), item.materials(),
				People.mobile(random));
		long caseId = api.post("clerk", "/api/v1/cases", submission).get("id").asLong();
		JsonNode accepted = api.post("clerk", "/api/v1/cases/" + caseId + "/acceptance", Map.of());
		long staff = accepted.get("handlerStaffId").asLong();
		int number = 1;
		String last = null;
		while (number > 0) {
			last = account(staff);
			JsonNode details = api.post(last, "/api/v1/cases/" + caseId + "/steps/" + number + "/completion",
					Map.of("opinion", "经审查，符合法定条件"));
			number = 0;
			for (JsonNode step : details.get("steps")) {
				if (step.get("completedOn").isNull() && !step.get("staffId").isNull()) {
					number = step.get("number").asInt();
					staff = step.get("staffId").asLong();
					break;
				}
			}
		}
		api.post(last, "/api/v1/cases/" + caseId + "/completion",
				Map.of("certificateName", "营业执照", "certificateNumber", "BENCH" + caseId));
	}

	private String account(long staffId) {
		String username = accounts.get(staffId);
		if (username == null) {
			throw new BenchmarkFailure("A step went to staff " + staffId + ", who has no demo account to act with");
		}
		return username;
	}

	/**
	 * The published item with the most steps whose every step goes to a demo account (the clerk's unit), tried with
	 * the warm-up cases.
	 */
	private Item chooseItem(int clients) {
		List<Item> candidates = items();
		for (Item candidate : candidates) {
			try {
				oneCase(candidate, new Random(-1));
			}
			catch (BenchmarkFailure cannot) {
				System.err.println("bench: lifecycle: skipping '" + candidate.name() + "': " + cannot.getMessage());
				continue;
			}
			drive(candidate, WARMUP_CASES, clients);
			return candidate;
		}
		throw new BenchmarkFailure("No published item can be worked through by the demo accounts alone");
	}

	private List<Item> items() {
		List<Item> items = new ArrayList<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select v.item_id, v.name, jsonb_array_length(v.steps), v.materials::text
						from catalog.item_version v join organization.staff s on s.unit_id = v.unit_id
						where v.status = 'PUBLISHED' and s.username = 'clerk'
						order by jsonb_array_length(v.steps) desc, v.item_id""")) {
			while (rows.next()) {
				List<Map<String, Object>> materials = new ArrayList<>();
				for (JsonNode material : JsonMapper.builder().build().readTree(rows.getString(4))) {
					Map<String, Object> received = new HashMap<>();
					received.put("itemMaterialNumber", material.get("number").asInt());
					received.put("name", material.get("name").asString());
					received.put("original", true);
					received.put("copies", 1);
					received.put("pages", 2);
					materials.add(received);
				}
				items.add(new Item(rows.getLong(1), rows.getString(2), rows.getInt(3), materials));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return items;
	}

	private static Map<Long, String> accounts(Database database) {
		Map<Long, String> accounts = new HashMap<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select id, username from organization.staff where username is not null")) {
			while (rows.next()) {
				accounts.put(rows.getLong(1), rows.getString(2));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return accounts;
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkFailure("Interrupted", e);
		}
	}
}
