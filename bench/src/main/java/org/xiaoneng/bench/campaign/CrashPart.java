package org.xiaoneng.bench.campaign;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.Settings;
import org.xiaoneng.bench.casework.Database;
import org.xiaoneng.bench.casework.People;
import org.xiaoneng.bench.http.LocalServer;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Item (d) of the campaign: clients submit cases with an {@code Idempotency-Key} while the harness kills the
 * application with SIGKILL, and in a second series the application together with its embedded PostgreSQL, then
 * starts it again on the same data. Every request without an answer is sent again with the same key once the
 * application is back. At the end every acknowledged submission must be in the database, no key may have made two
 * cases, and each restart must have served requests again within 30 seconds of the kill.
 */
final class CrashPart implements CampaignPart {

	private static final String PART = "crash";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final double RECOVERY_LIMIT_SECONDS = 30;

	@Override
	public String name() {
		return PART;
	}

	@Override
	public void run(Settings settings, Verdicts verdicts) {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		int databasePort;
		try {
			databasePort = LocalServer.freeLoopbackPort();
		}
		catch (IOException e) {
			throw new BenchmarkFailure("No free port: " + e.getMessage(), e);
		}
		byte[] key = new byte[16];
		new SecureRandom().nextBytes(key);
		LocalServer server = LocalServer.start(client, directory -> List.of("--spring.profiles.active=demo",
				"--xiaoneng.database.embedded.port=" + databasePort, "--xiaoneng.crypto.key=" + HexFormat.of().formatHex(key)));
		try {
			Database database = Database.in(server.directory().resolve("postgres"), databasePort, "xiaoneng");
			Submissions submissions = new Submissions(client, server.baseUrl(), ClerkItem.in(database));
			submissions.start(settings.crashClients());
			Random random = new Random(13);
			for (Crash crash : Crash.values()) {
				List<Double> recoveries = new ArrayList<>();
				for (int kill = 1; kill <= settings.crashKills(); kill++) {
					submissions.mode = crash;
					pause(3000 + random.nextInt(3000));
					System.err.printf("bench: crash: kill -9 of %s (%d of %d), %d acknowledged so far%n", crash.subject,
							kill, settings.crashKills(), submissions.acknowledged.size());
					submissions.down();
					long killed = System.nanoTime();
					server.kill(crash == Crash.APPLICATION_AND_DATABASE);
					server = server.restart(client);
					submissions.up();
					submissions.awaitAnswer();
					recoveries.add((submissions.firstAnswerAfterRestart.get() - killed) / 1e9);
				}
				report(verdicts, crash, recoveries);
			}
			submissions.stop();
			reconcile(verdicts, database, submissions);
		}
		finally {
			server.close();
		}
	}

	private static void report(Verdicts verdicts, Crash crash, List<Double> recoveries) {
		verdicts.figure(PART, "kill -9 of " + crash.subject, recoveries.size(), "times");
		verdicts.atMost(PART, "seconds from kill -9 of " + crash.subject + " to answering again, worst",
				recoveries.stream().mapToDouble(Double::doubleValue).max().orElse(0), RECOVERY_LIMIT_SECONDS, "s");
		verdicts.figure(PART, "seconds from kill -9 of " + crash.subject + " to answering again, median",
				recoveries.stream().sorted().toList().get(recoveries.size() / 2), "s");
	}

	/** Every acknowledged submission is a case with its key and the id it was acknowledged with; no key made two. */
	private static void reconcile(Verdicts verdicts, Database database, Submissions submissions) {
		Map<String, List<Long>> stored = new HashMap<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select idempotency_key, id from casework.case_file where idempotency_key like 'clerk:crash-%'")) {
			while (rows.next()) {
				stored.computeIfAbsent(rows.getString(1).substring("clerk:".length()), k -> new ArrayList<>())
					.add(rows.getLong(2));
			}
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Cannot read the cases back: " + e.getMessage(), e);
		}
		for (Crash crash : Crash.values()) {
			long acknowledged = 0;
			long lost = 0;
			for (Acknowledged ack : submissions.acknowledged.values()) {
				if (ack.crash() == crash) {
					acknowledged++;
					if (!stored.getOrDefault(ack.key(), List.of()).contains(ack.caseId())) {
						lost++;
					}
				}
			}
			verdicts.figure(PART, "submissions acknowledged during kills of " + crash.subject, acknowledged, "cases");
			verdicts.zero(PART, "acknowledged but lost (" + crash.subject + ")", lost, "cases");
		}
		verdicts.zero(PART, "keys that made two cases", stored.values().stream().filter(ids -> ids.size() > 1).count(),
				"keys");
		verdicts.figure(PART, "requests sent again with the same key", submissions.retries.get(), "requests");
		verdicts.zero(PART, "answers other than 2xx once the application was up", submissions.refused.get(), "requests");
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkFailure("Interrupted", e);
		}
	}

	private enum Crash {

		APPLICATION("the application"), APPLICATION_AND_DATABASE("the application and its database");

		private final String subject;

		Crash(String subject) {
			this.subject = subject;
		}
	}

	private record Acknowledged(String key, long caseId, Crash crash) {
	}

	/**
	 * The clients: each submits one case after the other as the demo clerk; a request without an answer (connection
	 * refused or reset, timeout, 5xx) waits until the application is back and is sent again with the same key.
	 */
	private static final class Submissions {

		private final HttpClient client;

		private final URI base;

		private final ClerkItem item;

		private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();

		private final AtomicLong retries = new AtomicLong();

		private final AtomicLong refused = new AtomicLong();

		private final AtomicLong firstAnswerAfterRestart = new AtomicLong();

		private final List<Thread> clients = new ArrayList<>();

		private volatile CountDownLatch up = new CountDownLatch(0);

		private volatile boolean stopping;

		private volatile Crash mode = Crash.APPLICATION;

		Submissions(HttpClient client, URI base, ClerkItem item) {
			this.client = client;
			this.base = base;
			this.item = item;
		}

		void start(int count) {
			for (int n = 0; n < count; n++) {
				long seed = n;
				Thread thread = new Thread(() -> submitUntilStopped(new Random(seed)), "crash-client-" + n);
				clients.add(thread);
				thread.start();
			}
		}

		/** Called before a kill: clients that lose their answer wait for {@link #up}. */
		void down() {
			firstAnswerAfterRestart.set(0);
			up = new CountDownLatch(1);
		}

		void up() {
			up.countDown();
		}

		void awaitAnswer() {
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (firstAnswerAfterRestart.get() == 0 && System.nanoTime() < deadline) {
				pause(20);
			}
			if (firstAnswerAfterRestart.get() == 0) {
				throw new BenchmarkFailure("No submission was answered within 2 minutes of the restart");
			}
		}

		void stop() {
			stopping = true;
			for (Thread thread : clients) {
				try {
					thread.join(Duration.ofMinutes(2).toMillis());
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new BenchmarkFailure("Interrupted", e);
				}
			}
		}

		private void submitUntilStopped(Random random) {
			while (!stopping) {
				String key = "crash-" + UUID.randomUUID();
				String body = JSON.writeValueAsString(submission(random));
				Crash during = mode;
				while (true) {
					Long caseId = send(key, body);
					if (caseId != null) {
						acknowledged.put(key, new Acknowledged(key, caseId, during));
						if (up.getCount() == 0) {
							firstAnswerAfterRestart.compareAndSet(0, System.nanoTime());
						}
						break;
					}
					try {
						up.await();
					}
					catch (InterruptedException e) {
						return;
					}
					retries.incrementAndGet();
				}
			}
		}

		/** The case id of a 2xx answer, or null when there was no answer to rely on. */
		private Long send(String key, String body) {
			HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/cases"))
				.header("Authorization", "Bearer xnt_demo_clerk_2026")
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.header("Idempotency-Key", key)
				.timeout(Duration.ofSeconds(20))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> response;
			try {
				response = client.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException noAnswer) {
				pause(100);
				return null;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new BenchmarkFailure("Interrupted", e);
			}
			if (response.statusCode() / 100 == 2) {
				return JSON.readTree(response.body()).get("id").asLong();
			}
			if (up.getCount() == 0) {
				// the application is meant to be up: anything but 2xx is a finding, not a crash
				refused.incrementAndGet();
				System.err.println("bench: crash: " + response.statusCode() + " for a submission: " + response.body());
			}
			pause(100);
			return null;
		}

		private Map<String, Object> submission(Random random) {
			return People.windowSubmission(random, item.id(), item.materials(), People.mobile(random));
		}
	}
}
