package org.xiaoneng.bench.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.postgresql.ds.PGSimpleDataSource;
import org.xiaoneng.bench.Settings;
import org.xiaoneng.bench.casework.Database;
import org.xiaoneng.bench.http.LocalServer;
import org.xiaoneng.testing.fuzz.ApiDocument;
import org.xiaoneng.testing.fuzz.FuzzRun;
import org.xiaoneng.testing.fuzz.WriteWatch;

/**
 * Campaign part (b), {@code fuzz}: requests generated from the platform's own OpenAPI document by the generator of
 * the API fuzz test in {@code ./mvnw verify} (same code, more requests), sent to a demo-profile application as
 * nobody and as each demo account with its published API token. Every answer of 500 or above (or none) and every
 * refused request after which a watched table had changed count against the part; both must be zero.
 */
final class FuzzPart implements CampaignPart {

	private static final String NAME = "fuzz";

	/** The demo accounts' published API tokens (README, "Demo logins"). */
	private static final List<String> DEMO_ACCOUNTS = List.of("admin", "secadmin", "auditor", "supervisor", "leader",
			"depthead", "handler", "clerk", "editor");

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void run(Settings settings, Verdicts verdicts) {
		int databasePort;
		try {
			databasePort = LocalServer.freeLoopbackPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		byte[] key = new byte[16];
		new SecureRandom().nextBytes(key);
		HttpClient client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		try (LocalServer server = LocalServer.start(client,
				directory -> List.of("--spring.profiles.active=demo", "--xiaoneng.database.embedded.port=" + databasePort,
						"--xiaoneng.crypto.key=" + HexFormat.of().formatHex(key),
						// no sweeps: the watch must see a request's own writes, not a sweep's made while it ran
						"--xiaoneng.scheduling.enabled=false"))) {
			ApiDocument document = ApiDocument.parse(get(client, server.baseUrl().resolve("/v3/api-docs")));
			List<FuzzRun.Caller> callers = new ArrayList<>();
			callers.add(new FuzzRun.Caller("anonymous", null));
			DEMO_ACCOUNTS.forEach(account -> callers.add(new FuzzRun.Caller(account, "xnt_demo_" + account + "_2026")));
			PGSimpleDataSource database = new PGSimpleDataSource();
			database.setURL("jdbc:postgresql://localhost:" + databasePort + "/xiaoneng");
			database.setUser("postgres");
			database.setPassword(Database.roles(server.directory().resolve("postgres")).getProperty("superuser"));
			long started = System.nanoTime();
			FuzzRun.Report report;
			int watched;
			try (WriteWatch watch = WriteWatch.install(database)) {
				watched = watch.watchedTables();
				// identifiers from 1, so that valid requests reach the demo county's rows
				report = new FuzzRun(server.baseUrl(), callers, watch, () -> awaitListeners(watch)).run(document,
						settings.fuzzSeed(), 1,
						settings.fuzzInputs());
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			report.serverErrors().stream().limit(30).forEach(finding -> System.err.println("fuzz: 5xx " + finding));
			report.refusedWrites().stream().limit(30).forEach(finding -> System.err.println("fuzz: write " + finding));
			verdicts.figure(NAME, "requests sent (seed " + settings.fuzzSeed() + ")", report.sent(), "requests");
			report.byStatusClass().forEach((statusClass, count) ->
					verdicts.figure(NAME, "answered " + statusClass, count, "requests"));
			verdicts.figure(NAME, "tables watched for changes", watched, "tables");
			verdicts.figure(NAME, "accepted writes seen by the watch", report.acceptedWrites(), "requests");
			verdicts.figure(NAME, "time", seconds, "s");
			verdicts.holds(NAME, "every documented endpoint reached",
					report.operationsCovered().size() == document.operations().size(),
					report.operationsCovered().size() + " of " + document.operations().size() + " operations");
			verdicts.zero(NAME, "answers of 500 or above, or none", report.serverErrors().size(), "requests");
			verdicts.zero(NAME, "refused requests that changed a table", report.refusedWrites().size(), "requests");
		}
	}

	/**
	 * Waits (at most ten seconds) until the application has handled every event published so far. The application
	 * runs in its own process, so only its event publication table tells, and it is asked again every 20 ms.
	 */
	private static void awaitListeners(WriteWatch watch) {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (watch.openPublications() > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static String get(HttpClient client, URI uri) {
		try {
			return client.send(HttpRequest.newBuilder(uri).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
