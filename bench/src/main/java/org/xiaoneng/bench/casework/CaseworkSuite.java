package org.xiaoneng.bench.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.xiaoneng.bench.FigureTable;
import org.xiaoneng.bench.Settings;
import org.xiaoneng.bench.http.LocalServer;
import org.xiaoneng.common.Cryptography;

/**
 * The casework benchmarks of issue 6, against one application started for them with the demo profile (organisation,
 * catalog, accounts with API tokens): the lifecycle's throughput beside the database's ceiling, then a million cases
 * loaded and the work lists and searches timed on the server; on request, issue 14's supervision sweep and cockpit
 * over ten million cases, and issue 16's evaluation of a year over as many.
 */
public final class CaseworkSuite {

	private CaseworkSuite() {
	}

	public static void run(Settings settings, FigureTable table) {
		int databasePort;
		try {
			databasePort = LocalServer.freeLoopbackPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// a fresh key for the run, given to the application and used by the generator: the loaded cases decrypt there
		byte[] key = new byte[16];
		new SecureRandom().nextBytes(key);
		String hexKey = HexFormat.of().formatHex(key);
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		LocalServer server = LocalServer.start(client,
				directory -> arguments(directory, databasePort, hexKey, supervision(settings)));
		try {
			Database database = Database.in(server.directory().resolve("postgres"), databasePort, "xiaoneng");
			Api api = new Api(client, server.baseUrl());
			AccessLog accessLog = new AccessLog(server.directory().resolve("access-log"));
			if (settings.caseworkParts().matcher("footprint").find()) {
				Footprint.firstStart(server.directory().resolve("application.log"), table);
			}
			if (settings.caseworkParts().matcher("lifecycle").find()) {
				FlightRecording recording = new FlightRecording(server.pid(), settings.lifecycleRecording());
				new Lifecycle(api, database, accessLog, recording).run(settings.lifecycleCases(), settings.clients(), table);
				Footprint.memory(server.pid(), "after the lifecycle", table);
			}
			if (settings.caseworkParts().matcher("public").find()) {
				Optional<String> recordings = settings.publicRecordings();
				long pid = server.pid();
				new PublicPages(client, server.baseUrl(), api, database,
						page -> new FlightRecording(pid, recordings.map(prefix -> Path.of(prefix + "-" + page + ".jfr"))))
					.run(settings.requests(), settings.warmupRequests(), settings.maxDuration(), table);
			}
			Cryptography cryptography = Cryptography.withSoftwareKey(HexFormat.of().parseHex(hexKey));
			boolean loaded = false;
			Settings.Scale largest = settings.largestScale();
			if (settings.caseworkParts().matcher("scale").find()) {
				// each size adds to the one before: the lists are timed at a million and again at ten million
				Settings.Scale before = new Settings.Scale(0, 0);
				for (Settings.Scale scale : settings.scales()) {
					CaseGenerator.Loaded load = new CaseGenerator(database, cryptography)
						.load(scale.cases() - before.cases(), scale.open() - before.open());
					new ListLatency(api, database, accessLog).run(scale, settings.scaleRequests(), cryptography, load,
							table);
					before = scale;
				}
				loaded = true;
			}
			if (settings.caseworkParts().matcher("sweeps").find()) {
				if (!loaded) {
					new CaseGenerator(database, cryptography).load(largest.cases(), largest.open());
				}
				// one in a hundred due yesterday: what a normal day's run reports
				int due = Math.max(1, largest.open() / 100);
				double seconds = new OpenItems(database).load(largest.open(), due);
				table.add(String.format("sweeps: %,d open inquiries and refusal filings, %,d of each due",
						largest.open(), due), "load (generate_series + ANALYZE)", FigureTable.number(seconds, 1),
						"s");
				new SweepTimes(database).run(Instant.now(), settings.sweepWait(), table);
			}
			if (settings.caseworkParts().matcher("evaluation").find()) {
				new EvaluationScale(database, new CaseGenerator(database, cryptography), api, accessLog,
						new FlightRecording(server.pid(), settings.evaluationRecording()))
					.run(settings.evaluationCases(), settings.evaluationRequests(), table);
			}
			if (supervision(settings)) {
				Optional<String> recordings = settings.supervisionRecordings();
				new SupervisionScale(database, new CaseGenerator(database, cryptography), api, accessLog,
						server.baseUrl(),
						new FlightRecording(server.pid(), recordings.map(prefix -> Path.of(prefix + "-page.jfr"))),
						new FlightRecording(server.pid(), recordings.map(prefix -> Path.of(prefix + "-sweep.jfr"))))
					.run(settings.supervisionCases(), settings.supervisionOpen(),
								settings.supervisionDue(), settings.supervisionRequests(), table);
			}
			if (settings.caseworkParts().matcher("footprint").find()) {
				Footprint.memory(server.pid(), "at the end of the run", table);
				server = Footprint.restart(server, client, table);
			}
		}
		finally {
			server.close();
		}
	}

	/** The supervision part runs only when named: it loads ten million rows. */
	private static boolean supervision(Settings settings) {
		return settings.caseworkParts().matcher("supervision").find();
	}

	private static List<String> arguments(Path directory, int databasePort, String hexKey, boolean supervision) {
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo",
				"--xiaoneng.database.embedded.port=" + databasePort, "--xiaoneng.crypto.key=" + hexKey,
				// the server's own time per request, in microseconds, unbuffered so the harness can read it at once
				"--server.tomcat.accesslog.enabled=true",
				"--server.tomcat.accesslog.directory=" + directory.resolve("access-log"),
				"--server.tomcat.accesslog.buffered=false", "--server.tomcat.accesslog.pattern=" + AccessLog.PATTERN,
				// the harness is the proxy in front of the public pages: their clients' addresses come forwarded
				"--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"));
		if (supervision) {
			// the deadline sweep is timed on request: the scheduled run (every ten minutes, on the real day) would
			// otherwise raise the loaded day's cards itself, or hold the sweep's lock when the harness asks
			arguments.add("--xiaoneng.scheduling.enabled=false");
		}
		return arguments;
	}
}
