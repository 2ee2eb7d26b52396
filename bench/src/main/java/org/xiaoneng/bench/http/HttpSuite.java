package org.xiaoneng.bench.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.FigureTable;
import org.xiaoneng.bench.Settings;

/**
 * Measures the HTTP scenarios against the server given by {@code --base-url}, or against the application started
 * for the run when none is given.
 */
public final class HttpSuite {

	/** Warm-up only lets the JIT and the connection pools settle; it must not eat the run's time. */
	private static final Duration WARMUP_LIMIT = Duration.ofSeconds(10);

	private HttpSuite() {
	}

	public static void run(Settings settings, FigureTable table) {
		List<Scenario> scenarios = Scenarios.all()
			.stream()
			.filter(scenario -> settings.scenarioFilter().matcher(scenario.name()).find())
			.collect(Collectors.toList());
		if (scenarios.isEmpty()) {
			throw new BenchmarkFailure("No HTTP scenario matches '" + settings.scenarioFilter() + "'");
		}
		// HTTP/1.1 as browsers speak to the server without TLS; redirects are answers to count, not to follow
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		Optional<URI> given = settings.baseUrl();
		if (given.isPresent()) {
			measure(scenarios, Loopback.require(given.get()), client, settings, table);
		}
		else {
			try (LocalServer server = LocalServer.start(client)) {
				measure(scenarios, server.baseUrl(), client, settings, table);
			}
		}
	}

	private static void measure(List<Scenario> scenarios, URI base, HttpClient client, Settings settings,
			FigureTable table) {
		LoadDriver driver = new LoadDriver(client);
		for (Scenario scenario : scenarios) {
			System.err.printf("bench: %s: %d warm-up and %d measured requests, %d at a time%n", scenario.name(),
					settings.warmupRequests(), settings.requests(), settings.concurrency());
			driver.drive(scenario, base, settings.warmupRequests(), settings.concurrency(), WARMUP_LIMIT);
			driver.drive(scenario, base, settings.requests(), settings.concurrency(), settings.maxDuration())
				.addTo(table);
		}
	}
}
