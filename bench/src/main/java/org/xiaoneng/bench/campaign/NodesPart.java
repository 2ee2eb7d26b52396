package org.xiaoneng.bench.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.Settings;
import org.xiaoneng.bench.casework.Database;
import org.xiaoneng.bench.casework.People;
import org.xiaoneng.bench.http.LocalServer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Campaign part (f) of issue 13, issue 23's two nodes: two application processes on one database (node A starts the
 * embedded PostgreSQL, node B joins it as an external database with A's key), both with the demo profile and started
 * together, behind a round-robin HTTP proxy of the harness on loopback. Clients submit and accept cases through the
 * proxy while the nodes' own sweep triggers fire for a few minutes; then the database is counted: each sweep run once
 * per trigger, no sweep run failing, each notification sent once, each system audit action recorded once per object,
 * one demo county, and no 5xx answer.
 */
final class NodesPart implements CampaignPart {

	private static final String PART = "nodes";

	private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding",
			"upgrade", "keep-alive", "expect");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String name() {
		return PART;
	}

	@Override
	public void run(Settings settings, Verdicts verdicts) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		int databasePort = freePort();
		String key = randomKey();
		String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + databasePort + "/xiaoneng";
		CompletableFuture<Path> directoryOfA = new CompletableFuture<>();
		CompletableFuture<LocalServer> startingA = CompletableFuture.supplyAsync(() -> LocalServer.start(client,
				directory -> {
					directoryOfA.complete(directory);
					return List.of("--spring.profiles.active=demo", "--xiaoneng.node.id=node-a",
							"--xiaoneng.database.embedded.port=" + databasePort, "--xiaoneng.crypto.key=" + key);
				}));
		Database database = awaitDatabase(directoryOfA, databasePort, startingA);
		LocalServer joining;
		try {
			// node B signs in as node A's embedded server's own roles: the runtime role, the owner for migrations
			Properties roles = Database.roles(directoryOfA.join().resolve("postgres"));
			joining = LocalServer.start(client, directory -> List.of("--spring.profiles.active=demo",
					"--xiaoneng.node.id=node-b", "--spring.datasource.url=" + jdbcUrl,
					"--spring.datasource.username=xiaoneng_app",
					"--spring.datasource.password=" + roles.getProperty("runtime"),
					"--spring.flyway.user=xiaoneng_owner", "--spring.flyway.password=" + roles.getProperty("owner"),
					"--xiaoneng.crypto.key=" + key));
		}
		catch (RuntimeException e) {
			startingA.thenAccept(LocalServer::close);
			throw e;
		}
		// closed in reverse order: node B first, then node A, which owns the database and stops it
		try (LocalServer a = startingA.join(); LocalServer b = joining) {
			try (RoundRobin proxy = new RoundRobin(client, List.of(a.baseUrl(), b.baseUrl()))) {
				Traffic traffic = drive(client, proxy.base(), database, settings.nodesMinutes());
				verdicts.figure(PART, "requests through the proxy", traffic.requests().get(), "requests");
				verdicts.figure(PART, "cases submitted and accepted", traffic.cases().get(), "cases");
				verdicts.zero(PART, "5xx answers", traffic.serverErrors().get(), "requests");
				verdicts.zero(PART, "retried submissions answered with another case", traffic.otherCase().get(),
						"submissions");
				verdicts.zero(PART, "requests the proxy could not forward", proxy.unforwarded.get(), "requests");
				verdicts.holds(PART, "both nodes answered", proxy.answeredBy[0].get() > 0 && proxy.answeredBy[1].get() > 0,
						"node A " + proxy.answeredBy[0].get() + ", node B " + proxy.answeredBy[1].get());
			}
			count(database, verdicts);
		}
	}

	private static String randomKey() {
		byte[] key = new byte[16];
		new SecureRandom().nextBytes(key);
		return HexFormat.of().formatHex(key);
	}

	/** What the two nodes left in their one database. */
	private static void count(Database database, Verdicts verdicts) {
		try (Connection db = database.connect()) {
			verdicts.zero(PART, "demo counties loaded more than once",
					single(db, "select abs(count(*) - 3) from organization.unit where region_code = '520999'"), "units");
			verdicts.figure(PART, "sweep runs", single(db, "select count(*) from database.sweep_run"), "runs");
			verdicts.figure(PART, "sweep runs by node B",
					single(db, "select count(*) from database.sweep_run where node = 'node-b'"), "runs");
			// cron sweeps fire at the same minute on both nodes: more than one run of a sweep in a minute is a double
			verdicts.zero(PART, "sweep triggers run twice", single(db, """
					select count(*) from (select sweep, date_trunc('minute', started_at) from database.sweep_run
					where sweep <> 'notification-dispatch' group by 1, 2 having count(*) > 1) twice"""), "triggers");
			verdicts.zero(PART, "sweep runs failing", single(db,
					"select count(*) from database.sweep_run where result not in ('OK', 'RUNNING')"), "runs");
			verdicts.figure(PART, "notifications sent", single(db,
					"select count(*) from notification.message where status = 'SENT'"), "messages");
			// a message claimed again without a failure in between was sent by two rounds
			verdicts.zero(PART, "notifications sent twice", single(db, """
					select count(*) from notification.message where status = 'SENT' and attempts > 1
					and last_error is null"""), "messages");
			// the actions sweeps record, once per object each; other system actions (e.g. a case's steps) recur
			verdicts.zero(PART, "sweep actions recorded twice", single(db, """
					select count(*) from (select action, object_id from audit.entry where actor = 'system'
					and action in ('absence.started', 'absence.ended', 'inquiry.overdue', 'decision.overdue',
					'account.disabled-unused') group by 1, 2 having count(*) > 1) twice"""), "actions");
			verdicts.figure(PART, "sweep actions recorded", single(db, """
					select count(*) from audit.entry where actor = 'system' and action in ('absence.started',
					'absence.ended', 'inquiry.overdue', 'decision.overdue', 'account.disabled-unused')"""), "entries");
			printRecurring(db);
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Cannot count the two nodes' work: " + e.getMessage(), e);
		}
	}

	/** Clerks submit and accept cases (each submission sent twice with one Idempotency-Key), others read lists. */
	private static Traffic drive(HttpClient client, URI proxy, Database database, int minutes) {
		Traffic traffic = new Traffic(new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong());
		ClerkItem item = ClerkItem.in(database);
		long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
		System.err.println("campaign: nodes: traffic through " + proxy + " for " + minutes + " min");
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<CompletableFuture<Void>> running = new ArrayList<>();
			for (int c = 0; c < 4; c++) {
				Random random = new Random(c);
				boolean writer = c < 2;
				running.add(CompletableFuture.runAsync(() -> {
					while (System.nanoTime() < until) {
						if (writer) {
							submitAndAccept(client, proxy, item, random, traffic);
						}
						else {
							send(client, proxy, "handler", "GET", "/api/v1/cases?size=20", null, null, traffic);
							send(client, proxy, "supervisor", "GET", "/api/v1/me", null, null, traffic);
						}
					}
				}, clients));
			}
			running.forEach(CompletableFuture::join);
		}
		finally {
			clients.shutdownNow();
		}
		return traffic;
	}

	private static void submitAndAccept(HttpClient client, URI proxy, ClerkItem item, Random random,
			Traffic traffic) {
		Map<String, Object> submission = People.windowSubmission(random, item.id(), item.materials(),
				People.mobile(random));
		String body = JSON.writeValueAsString(submission);
		String key = UUID.randomUUID().toString();
		// the same key twice, as a client retrying an unanswered request would: one case, whichever node answers
		JsonNode first = send(client, proxy, "clerk", "POST", "/api/v1/cases", body, key, traffic);
		JsonNode again = send(client, proxy, "clerk", "POST", "/api/v1/cases", body, key, traffic);
		if (first == null || again == null) {
			return;
		}
		if (first.get("id").asLong() != again.get("id").asLong()) {
			traffic.otherCase().incrementAndGet();
		}
		send(client, proxy, "clerk", "POST", "/api/v1/cases/" + first.get("id").asLong() + "/acceptance", "{}", null,
				traffic);
		traffic.cases().incrementAndGet();
	}

	private static JsonNode send(HttpClient client, URI proxy, String user, String method, String path, String body,
			String idempotencyKey, Traffic traffic) {
		HttpRequest.Builder request = HttpRequest.newBuilder(proxy.resolve(path))
			.header("Authorization", "Bearer xnt_demo_" + user + "_2026")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(60))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		traffic.requests().incrementAndGet();
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 500) {
				traffic.serverErrors().incrementAndGet();
				System.err.println("campaign: nodes: " + method + " " + path + " answered " + response.statusCode());
			}
			return response.statusCode() / 100 == 2 ? JSON.readTree(response.body()) : null;
		}
		catch (IOException e) {
			traffic.serverErrors().incrementAndGet();
			return null;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkFailure("Interrupted", e);
		}
	}

	/** For the reader: which system actions recur on one object, and how often (information, not a check). */
	private static void printRecurring(Connection db) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("""
				select action, count(*) from (select action, object_id from audit.entry where actor = 'system'
				group by 1, 2 having count(*) > 1) recurring group by 1 order by 2 desc limit 5""")) {
			while (rows.next()) {
				System.err.println("campaign: nodes: system action " + rows.getString(1) + " recurs on "
						+ rows.getLong(2) + " objects");
			}
		}
	}

	private static long single(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * Node B can join once node A's embedded server runs with its roles and A has created the platform's database in
	 * it.
	 */
	private static Database awaitDatabase(CompletableFuture<Path> directoryOfA, int port,
			CompletableFuture<LocalServer> startingA) {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
		while (System.nanoTime() < deadline && !startingA.isCompletedExceptionally()) {
			Path data = directoryOfA.getNow(null) == null ? null : directoryOfA.join().resolve("postgres");
			if (data != null && Files.exists(data.resolve("xiaoneng-roles.properties"))) {
				Database database = Database.in(data, port, "xiaoneng");
				try (Connection ignored = database.connect()) {
					return database;
				}
				catch (SQLException | IllegalStateException notYet) {
					// the server or the platform's database is not there yet
				}
			}
			pause();
		}
		startingA.join();
		throw new BenchmarkFailure("Node A's database did not come up");
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkFailure("Interrupted", e);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private record Traffic(AtomicLong requests, AtomicLong cases, AtomicLong serverErrors, AtomicLong otherCase) {
	}

	/** A load balancer in miniature: each request to the next node in turn, on loopback only. */
	private static final class RoundRobin implements AutoCloseable {

		private final HttpServer server;

		private final HttpClient client;

		private final List<URI> nodes;

		private final AtomicInteger next = new AtomicInteger();

		private final AtomicLong[] answeredBy;

		private final AtomicLong unforwarded = new AtomicLong();

		RoundRobin(HttpClient client, List<URI> nodes) {
			this.client = client;
			this.nodes = nodes;
			this.answeredBy = new AtomicLong[] { new AtomicLong(), new AtomicLong() };
			try {
				server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			server.setExecutor(Executors.newFixedThreadPool(8));
			server.createContext("/", this::forward);
			server.start();
		}

		URI base() {
			return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
					+ server.getAddress().getPort());
		}

		private void forward(HttpExchange exchange) throws IOException {
			int node = Math.floorMod(next.getAndIncrement(), nodes.size());
			try (exchange; InputStream in = exchange.getRequestBody()) {
				byte[] body = in.readAllBytes();
				HttpRequest.Builder request = HttpRequest.newBuilder(nodes.get(node).resolve(exchange.getRequestURI()))
					.timeout(Duration.ofSeconds(60))
					.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofByteArray(body));
				exchange.getRequestHeaders().forEach((name, values) -> {
					if (!HOP_BY_HOP.contains(name.toLowerCase())) {
						values.forEach(value -> request.header(name, value));
					}
				});
				HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
				response.headers().map().forEach((name, values) -> {
					if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
						exchange.getResponseHeaders().put(name, values);
					}
				});
				answeredBy[node].incrementAndGet();
				exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(response.body());
				}
			}
			catch (IOException | InterruptedException | IllegalArgumentException e) {
				unforwarded.incrementAndGet();
				if (e instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
			}
		}

		@Override
		public void close() {
			server.stop(0);
			((ExecutorService) server.getExecutor()).shutdownNow();
		}
	}
}
