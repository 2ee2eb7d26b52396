package org.xiaoneng.bench.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.Settings;
import org.xiaoneng.bench.casework.People;
import org.xiaoneng.bench.http.LocalServer;
import org.xiaoneng.platform.database.EmbeddedPostgresServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Item (e) of the campaign: many concurrent clients (500 by default, each a thread of its own) work a realistic mix of staff
 * and public traffic for minutes against the application on an external PostgreSQL server, as production runs it: the
 * bundled binaries started by the harness as a standalone server (fsync on), an owner role running the migrations
 * and a runtime role for the pool, set up as the README's "Production → Database" says. Prints p50/p95/p99 per kind
 * of request; no request may fail (5xx, no answer, or a refusal the mix does not expect), and every acknowledged
 * submission and registration must afterwards be in the database exactly once with the id it was acknowledged with.
 */
final class LoadPart implements CampaignPart {

	private static final String PART = "load";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/** Staff think between two requests: small, so that 500 clients keep the server busy, but not zero. */
	private static final int THINK_MIN_MILLIS = 100;

	private static final int THINK_MAX_MILLIS = 500;

	private static final long CLIENT_STACK_BYTES = 512 * 1024;

	/** Clients start spread over this time rather than all in the same millisecond. */
	private static final Duration RAMP_UP = Duration.ofSeconds(20);

	/** Marks the harness's writes, so that reconciliation finds them and nothing of the demo county. */
	private static final String KEY_PREFIX = "load-";

	private static final String SUBJECT_PREFIX = "负载测试 ";

	@Override
	public String name() {
		return PART;
	}

	@Override
	public void run(Settings settings, Verdicts verdicts) {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		Path directory;
		int databasePort;
		try {
			directory = Files.createTempDirectory("xiaoneng-load-postgres-");
			databasePort = LocalServer.freeLoopbackPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		System.err.println("campaign: load: starting a standalone PostgreSQL on 127.0.0.1:" + databasePort);
		try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(directory.resolve("data"),
				Path.of(System.getProperty("java.io.tmpdir"), "xiaoneng-postgres-binaries"), databasePort)) {
			Roles roles = Roles.create(postgres.superuser("postgres"), () -> postgres.superuser(Roles.DATABASE));
			String jdbcUrl = postgres.jdbcUrl(Roles.DATABASE);
			try (LocalServer application = LocalServer.start(client, ignored -> List.of("--spring.profiles.active=demo",
					"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + Roles.RUNTIME,
					"--spring.datasource.password=" + roles.runtimePassword(), "--spring.flyway.user=" + Roles.OWNER,
					"--spring.flyway.password=" + roles.ownerPassword(), "--xiaoneng.crypto.key=" + randomHex(16)))) {
				DataSource database = postgres.superuser(Roles.DATABASE);
				Traffic traffic = new Traffic(client, application.baseUrl(), Fixtures.read(database));
				traffic.drive(settings.loadClients(), Duration.ofMinutes(settings.loadMinutes()));
				report(verdicts, settings, traffic);
				reconcile(verdicts, database, traffic);
			}
		}
		finally {
			deleteQuietly(directory);
		}
	}

	private static void report(Verdicts verdicts, Settings settings, Traffic traffic) {
		verdicts.figure(PART, "concurrent clients", settings.loadClients(), "clients");
		verdicts.figure(PART, "minutes of traffic", settings.loadMinutes(), "min");
		long total = 0;
		for (Map.Entry<Kind, Timings> entry : traffic.timings.entrySet()) {
			Timings timings = entry.getValue();
			total += timings.count();
			verdicts.figures(PART, entry.getKey().label + ": requests, p50 / p95 / p99",
					String.format(Locale.ROOT, "%,d; %s / %s / %s", timings.count(), timings.percentile(50), timings.percentile(95),
							timings.percentile(99)),
					"ms");
		}
		verdicts.figure(PART, "requests answered", total, "requests");
		verdicts.figure(PART, "progress look-ups refused by the per-address limit (429, expected: one address)",
				traffic.limited.get(), "requests");
		verdicts.zero(PART, "errors: 5xx or no answer", traffic.errors.get(), "requests");
		verdicts.zero(PART, "answers the mix does not expect (4xx but the limit's 429)", traffic.unexpected.get(),
				"requests");
	}

	/** Every acknowledged write is in the database once, with the id the client was given; none is there twice. */
	private static void reconcile(Verdicts verdicts, DataSource database, Traffic traffic) {
		Map<String, List<Long>> cases = stored(database, "select substring(idempotency_key from 7), id from "
				+ "casework.case_file where idempotency_key like 'clerk:" + KEY_PREFIX + "%'");
		Map<String, List<Long>> inquiries = stored(database,
				"select subject, id from inquiry.inquiry where subject like '" + SUBJECT_PREFIX + "%'");
		verdicts.figure(PART, "submissions acknowledged (Idempotency-Key)", traffic.submissions.size(), "cases");
		verdicts.zero(PART, "acknowledged submissions not found exactly once", unreconciled(traffic.submissions, cases),
				"cases");
		verdicts.figure(PART, "first-inquiry registrations acknowledged", traffic.registrations.size(), "inquiries");
		verdicts.zero(PART, "acknowledged registrations not found exactly once",
				unreconciled(traffic.registrations, inquiries), "inquiries");
		verdicts.zero(PART, "rows of the run no acknowledgement explains",
				cases.size() - traffic.submissions.size() + inquiries.size() - traffic.registrations.size(), "rows");
	}

	private static long unreconciled(Map<String, Long> acknowledged, Map<String, List<Long>> stored) {
		return acknowledged.entrySet()
			.stream()
			.filter(ack -> !List.of(ack.getValue()).equals(stored.getOrDefault(ack.getKey(), List.of())))
			.count();
	}

	private static Map<String, List<Long>> stored(DataSource database, String sql) {
		Map<String, List<Long>> stored = new HashMap<>();
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				stored.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(rows.getLong(2));
			}
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Cannot read the run's writes back: " + e.getMessage(), e);
		}
		return stored;
	}

	private static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		new SecureRandom().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException e) {
			System.err.println("campaign: load: could not delete " + directory + ": " + e.getMessage());
		}
	}

	/**
	 * The owner and runtime roles and the database, as the README's "Production → Database" creates them: the owner
	 * runs the migrations, the runtime role may read and write rows and nothing more.
	 */
	private record Roles(String ownerPassword, String runtimePassword) {

		static final String DATABASE = "xiaoneng";

		static final String OWNER = "xiaoneng_owner";

		static final String RUNTIME = "xiaoneng_app";

		/** {@code inDatabase}: the superuser's connections to the database, once it has been created. */
		static Roles create(DataSource superuser, Supplier<DataSource> inDatabase) {
			Roles roles = new Roles(randomHex(16), randomHex(16));
			execute(superuser, "create role " + OWNER + " login password '" + roles.ownerPassword + "'",
					"create role " + RUNTIME + " login password '" + roles.runtimePassword + "'",
					"create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8' template template0",
					"revoke all on database " + DATABASE + " from public",
					"grant connect, temporary on database " + DATABASE + " to " + RUNTIME);
			execute(inDatabase.get(), "alter schema public owner to " + OWNER, "revoke create on schema public from public",
					"grant usage on schema public to " + RUNTIME,
					"alter default privileges for role " + OWNER + " grant usage on schemas to " + RUNTIME,
					"alter default privileges for role " + OWNER
							+ " grant select, insert, update, delete on tables to " + RUNTIME,
					"alter default privileges for role " + OWNER + " grant usage, select, update on sequences to "
							+ RUNTIME);
			return roles;
		}

		private static void execute(DataSource dataSource, String... statements) {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				for (String sql : statements) {
					statement.execute(sql);
				}
			}
			catch (SQLException e) {
				throw new BenchmarkFailure("Cannot set up the database roles: " + e.getMessage(), e);
			}
		}
	}

	/**
	 * What the mix needs from the demo county: the published items of the clerk's unit with the materials to hand in,
	 * and which staff have a demo account to complete a step with.
	 */
	private record Fixtures(List<Item> items, Map<Long, String> accounts) {

		static Fixtures read(DataSource database) {
			List<Item> items = new ArrayList<>();
			Map<Long, String> accounts = new HashMap<>();
			try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
				try (ResultSet rows = statement.executeQuery("""
						select v.item_id, v.materials::text from catalog.item_version v
						join organization.staff s on s.unit_id = v.unit_id
						where v.status = 'PUBLISHED' and s.username = 'clerk' order by v.item_id""")) {
					while (rows.next()) {
						List<Map<String, Object>> materials = new ArrayList<>();
						for (JsonNode material : JSON.readTree(rows.getString(2))) {
							materials.add(Map.of("itemMaterialNumber", material.get("number").asInt(), "name",
									material.get("name").asString(), "original", true, "copies", 1, "pages", 2));
						}
						items.add(new Item(rows.getLong(1), materials));
					}
				}
				try (ResultSet rows = statement
					.executeQuery("select id, username from organization.staff where username is not null")) {
					while (rows.next()) {
						accounts.put(rows.getLong(1), rows.getString(2));
					}
				}
			}
			catch (SQLException e) {
				throw new BenchmarkFailure("Cannot read the demo county: " + e.getMessage(), e);
			}
			if (items.isEmpty()) {
				throw new BenchmarkFailure("The demo county has no published item the clerk can take in");
			}
			return new Fixtures(items, accounts);
		}
	}

	private record Item(long id, List<Map<String, Object>> materials) {
	}

	/** A case the clerk submitted: its id and what the applicant checks its progress with. */
	private record Submitted(long id, String queryCode, String phoneLast4) {
	}

	/** The kinds of request in the mix, each timed apart. */
	private enum Kind {

		WORK_LIST("GET work list"), SEARCH("GET case search"), DETAILS("GET case details"), SUBMIT("POST submission"),
		ACCEPT("POST acceptance"), STEP("POST step completion"), COMPLETE("POST case completion"),
		REGISTER("POST first-inquiry registration"), PROGRESS("GET public progress"), PORTAL("GET portal page"),
		CATALOG("GET service items (API)");

		private final String label;

		Kind(String label) {
			this.label = label;
		}
	}

	/** Latencies of one kind of request, in milliseconds. */
	private static final class Timings {

		private final List<Double> millis = new ArrayList<>();

		synchronized void add(double value) {
			millis.add(value);
		}

		synchronized long count() {
			return millis.size();
		}

		synchronized String percentile(int percent) {
			List<Double> sorted = millis.stream().sorted().toList();
			if (sorted.isEmpty()) {
				return "–";
			}
			double value = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
			return String.format(Locale.ROOT, value < 10 ? "%.1f" : "%.0f", value);
		}
	}

	/** The clients and what they saw. */
	private static final class Traffic {

		private final HttpClient client;

		private final URI base;

		private final Fixtures fixtures;

		private final Map<Kind, Timings> timings = new LinkedHashMap<>();

		/** Idempotency-Key → case id, and registration subject → inquiry id, of every 2xx answer. */
		private final Map<String, Long> submissions = new ConcurrentHashMap<>();

		private final Map<String, Long> registrations = new ConcurrentHashMap<>();

		private final List<Submitted> submitted = Collections.synchronizedList(new ArrayList<>());

		private final AtomicLong errors = new AtomicLong();

		private final AtomicLong unexpected = new AtomicLong();

		private final AtomicLong limited = new AtomicLong();

		private volatile long until;

		Traffic(HttpClient client, URI base, Fixtures fixtures) {
			this.client = client;
			this.base = base;
			this.fixtures = fixtures;
			for (Kind kind : Kind.values()) {
				timings.put(kind, new Timings());
			}
		}

		void drive(int clients, Duration duration) {
			System.err.printf("campaign: load: %d clients for %d min against %s%n", clients, duration.toMinutes(), base);
			long started = System.nanoTime();
			until = started + RAMP_UP.toNanos() + duration.toNanos();
			// One thread per client, as the project's Java 17 has no virtual threads: each spends nearly all its life
			// blocked on the network or thinking, so 500 cost memory (small stacks) rather than the two cores.
			List<Thread> threads = new ArrayList<>();
			for (int n = 0; n < clients; n++) {
				long delay = RAMP_UP.toMillis() * n / clients;
				Random random = new Random(n);
				Thread thread = new Thread(null, () -> {
					pause(delay);
					while (System.nanoTime() < until) {
						oneAction(random);
						pause(THINK_MIN_MILLIS + random.nextInt(THINK_MAX_MILLIS - THINK_MIN_MILLIS));
					}
				}, "load-client-" + n, CLIENT_STACK_BYTES);
				threads.add(thread);
				thread.start();
			}
			for (Thread thread : threads) {
				try {
					thread.join();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new BenchmarkFailure("Interrupted", e);
				}
			}
			System.err.printf("campaign: load: traffic ended after %.0f s%n", (System.nanoTime() - started) / 1e9);
		}

		/** One thing a member of staff or the public does, with the shares a county's working day might show. */
		private void oneAction(Random random) {
			int dice = random.nextInt(100);
			if (dice < 25) {
				String[] staff = { "handler", "depthead", "leader", "clerk" };
				String[] lists = { "", "&list=MINE", "&list=DEPARTMENT", "&list=YELLOW", "&list=RED" };
				send(Kind.WORK_LIST, staff[random.nextInt(staff.length)], "GET",
						"/api/v1/cases?size=20" + lists[random.nextInt(lists.length)], null, null);
			}
			else if (dice < 37) {
				String query = random.nextBoolean() ? "applicantName=" + encode(People.name(random).substring(0, 1))
						: "state=RECEIVED";
				send(Kind.SEARCH, random.nextBoolean() ? "handler" : "clerk", "GET", "/api/v1/cases?size=20&" + query,
						null, null);
			}
			else if (dice < 52) {
				Submitted known = known(random);
				String path = known == null ? "/api/v1/cases?size=1" : "/api/v1/cases/" + known.id();
				send(known == null ? Kind.WORK_LIST : Kind.DETAILS, "clerk", "GET", path, null, null);
			}
			else if (dice < 62) {
				submitAndWork(random);
			}
			else if (dice < 67) {
				register(random);
			}
			else if (dice < 69) {
				Submitted known = known(random);
				if (known != null) {
					send(Kind.PROGRESS, null, "GET", "/api/v1/public/progress?code=" + encode(known.queryCode())
							+ "&phoneLast4=" + known.phoneLast4(), null, null);
				}
			}
			else if (dice < 87) {
				Item item = fixtures.items().get(random.nextInt(fixtures.items().size()));
				send(Kind.PORTAL, null, "GET", random.nextBoolean() ? "/portal/items" : "/portal/items/" + item.id(),
						null, null);
			}
			else {
				send(Kind.CATALOG, random.nextBoolean() ? "clerk" : "handler", "GET", "/api/v1/service-items", null,
						null);
			}
		}

		private Submitted known(Random random) {
			synchronized (submitted) {
				return submitted.isEmpty() ? null : submitted.get(random.nextInt(submitted.size()));
			}
		}

		/**
		 * The clerk submits a case with an Idempotency-Key; half are accepted at once, and an accepted case goes on
		 * through its steps while whoever acts for the next step has a demo account to do it with.
		 */
		private void submitAndWork(Random random) {
			Item item = fixtures.items().get(random.nextInt(fixtures.items().size()));
			String phone = People.mobile(random);
			Map<String, Object> submission = People.windowSubmission(random, item.id(), item.materials(), phone);
			String key = KEY_PREFIX + UUID.randomUUID();
			JsonNode file = send(Kind.SUBMIT, "clerk", "POST", "/api/v1/cases", submission, key);
			if (file == null) {
				return;
			}
			long caseId = file.get("id").asLong();
			submissions.put(key, caseId);
			submitted.add(new Submitted(caseId, file.get("queryCode").asString(), phone.substring(phone.length() - 4)));
			if (random.nextBoolean()) {
				return;
			}
			JsonNode accepted = send(Kind.ACCEPT, "clerk", "POST", "/api/v1/cases/" + caseId + "/acceptance", Map.of(),
					null);
			if (accepted == null) {
				return;
			}
			String actor = fixtures.accounts().get(accepted.get("handlerStaffId").asLong());
			int number = 1;
			while (actor != null && number > 0) {
				JsonNode details = send(Kind.STEP, actor, "POST",
						"/api/v1/cases/" + caseId + "/steps/" + number + "/completion",
						Map.of("opinion", "经审查，符合法定条件"), null);
				if (details == null) {
					return;
				}
				number = 0;
				for (JsonNode step : details.get("steps")) {
					if (step.get("completedOn").isNull() && !step.get("staffId").isNull()) {
						number = step.get("number").asInt();
						String next = fixtures.accounts().get(step.get("staffId").asLong());
						if (next == null) {
							// the next step's post has no demo account: the case waits there, as real work does
							return;
						}
						actor = next;
						break;
					}
				}
			}
			if (actor != null) {
				send(Kind.COMPLETE, actor, "POST", "/api/v1/cases/" + caseId + "/completion",
						Map.of("certificateName", "营业执照", "certificateNumber", "LOAD" + caseId), null);
			}
		}

		/** A visitor's question the clerk answers at once (首问负责制), with a subject that names the registration. */
		private void register(Random random) {
			String subject = SUBJECT_PREFIX + UUID.randomUUID();
			Map<String, Object> inquiry = Map.of("channel", random.nextBoolean() ? "VISIT" : "PHONE", "category",
					random.nextBoolean() ? "CONSULTATION" : "QUERY", "subject", subject);
			JsonNode registered = send(Kind.REGISTER, "clerk", "POST", "/api/v1/inquiries",
					Map.of("inquiry", inquiry, "path", Map.of("kind", "ANSWER", "answer", "已当场答复")), null);
			if (registered != null) {
				registrations.put(subject, registered.get("id").asLong());
			}
		}

		/** The JSON of a 2xx answer (an empty node for a page), or null for any other answer or none. */
		private JsonNode send(Kind kind, String user, String method, String path, Object body, String idempotencyKey) {
			HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
				.timeout(Duration.ofSeconds(120))
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
			if (user != null) {
				request.header("Authorization", "Bearer xnt_demo_" + user + "_2026").header("Accept", "application/json");
			}
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
			if (idempotencyKey != null) {
				request.header("Idempotency-Key", idempotencyKey);
			}
			long sent = System.nanoTime();
			HttpResponse<String> response;
			try {
				response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException e) {
				failed(errors, method + " " + path + ": no answer: " + e);
				return null;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			}
			timings.get(kind).add((System.nanoTime() - sent) / 1e6);
			int status = response.statusCode();
			if (status / 100 == 2) {
				boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
				return json ? JSON.readTree(response.body()) : JSON.createObjectNode();
			}
			if (status == 429 && kind == Kind.PROGRESS) {
				limited.incrementAndGet();
			}
			else if (status >= 500) {
				failed(errors, method + " " + path + " as " + user + " answered " + status + ": " + response.body());
			}
			else {
				failed(unexpected, method + " " + path + " as " + user + " answered " + status + ": " + response.body());
			}
			return null;
		}

		/** Counts a failure and shows the first few, so that a failing run says why. */
		private static void failed(AtomicLong counter, String what) {
			if (counter.incrementAndGet() <= 10) {
				System.err.println("campaign: load: " + what.substring(0, Math.min(what.length(), 400)));
			}
		}

		private static String encode(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8);
		}

		private static void pause(long millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
