package org.xiaoneng.bench.casework;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.FigureTable;
import org.xiaoneng.bench.campaign.ClerkItem;
import org.xiaoneng.bench.http.LoadDriver;
import org.xiaoneng.bench.http.Scenario;

/**
 * Issue 20's public pages under load: the catalogue, one item's guide and the progress query, each at 32 requests in
 * flight, with the per-address limit of progress look-ups left on. The application is started trusting the harness on
 * loopback as its proxy ({@code server.tomcat.remoteip.internal-proxies}, as an operator names the real one), and every
 * request carries the client's address in {@code X-Forwarded-For}: a citizen's address makes at most
 * {@link #LOOKUPS_PER_ADDRESS} look-ups, under the limit, as many citizens would. Then one address goes past its
 * limit and must be answered 429.
 */
final class PublicPages {

	static final int CONCURRENCY = 32;

	private static final double MIN_THROUGHPUT = 500;

	private static final double MAX_P95_MILLIS = 50;

	/** Half the progress bucket's 20 per 10 minutes (application.properties), so that no citizen meets the limit. */
	private static final int LOOKUPS_PER_ADDRESS = 10;

	/** Cases whose progress is asked for, submitted by the clerk at the window before the load. */
	private static final int CASES = 50;

	private static final Duration WARMUP_LIMIT = Duration.ofSeconds(10);

	/** The address the over-limit check sends from (TEST-NET-1, RFC 5737), never one of the load's. */
	private static final String FLOODING_ADDRESS = "192.0.2.1";

	private final HttpClient client;

	private final URI base;

	private final Api api;

	private final Database database;

	/** The flight recording of one page's measured requests, by the page's short name (none without a prefix). */
	private final Function<String, FlightRecording> recordings;

	PublicPages(HttpClient client, URI base, Api api, Database database,
			Function<String, FlightRecording> recordings) {
		this.recordings = recordings;
		this.client = client;
		this.base = base;
		this.api = api;
		this.database = database;
	}

	/** A case as its applicant looks it up: the query code of the receipt and the last four digits of the phone. */
	private record Lookup(String code, String phoneLast4) {

		String query() {
			return "code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&phoneLast4=" + phoneLast4;
		}
	}

	void run(int requests, int warmupRequests, Duration limit, FigureTable table) {
		ClerkItem item = ClerkItem.in(database);
		List<Lookup> lookups = submit(item);
		AtomicLong sent = new AtomicLong();
		Map<String, Scenario> scenarios = new LinkedHashMap<>();
		scenarios.put("items", forwarded("GET /portal/items", sent, n -> "/portal/items"));
		scenarios.put("guide",
				forwarded("GET /portal/items/{id} (the item's guide)", sent, n -> "/portal/items/" + item.id()));
		scenarios.put("progress", forwarded("GET /portal/progress?code=…&phoneLast4=…", sent,
				n -> "/portal/progress?" + lookups.get((int) (n % lookups.size())).query()));
		LoadDriver driver = new LoadDriver(client);
		List<FlightRecording> recorded = new ArrayList<>();
		scenarios.forEach((page, scenario) -> {
			System.err.printf("bench: public pages: %s: %d warm-up and %d measured requests, %d at a time%n",
					scenario.name(), warmupRequests, requests, CONCURRENCY);
			driver.drive(scenario, base, warmupRequests, CONCURRENCY, WARMUP_LIMIT);
			FlightRecording recording = recordings.apply(page);
			recording.start();
			driver.drive(scenario, base, requests, CONCURRENCY, limit).addTo(table, MIN_THROUGHPUT, MAX_P95_MILLIS);
			recording.stop();
			recorded.add(recording);
		});
		overLimit(lookups.get(0), table);
		recorded.forEach(FlightRecording::summarise);
	}

	/**
	 * A scenario whose n-th request comes from the n / {@value #LOOKUPS_PER_ADDRESS}-th citizen's address (10.x.y.z),
	 * counted over all scenarios so that an address never reaches the look-up limit.
	 */
	private static Scenario forwarded(String name, AtomicLong sent, LongFunction<String> path) {
		return new Scenario(name, base -> {
			long n = sent.getAndIncrement();
			long citizen = n / LOOKUPS_PER_ADDRESS;
			String address = "10." + (citizen >> 16 & 0xff) + "." + (citizen >> 8 & 0xff) + "." + (citizen & 0xff);
			return HttpRequest.newBuilder(URI.create(base + path.apply(n)))
				.header("X-Forwarded-For", address)
				.header("Accept-Language", "zh-CN")
				.GET();
		});
	}

	/** The clerk takes in cases at the window, each with its own mobile number, as the applicants' receipts say. */
	private List<Lookup> submit(ClerkItem item) {
		Random random = new Random(20);
		List<Lookup> lookups = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			String phone = People.mobile(random);
			String code = api.post("clerk", "/api/v1/cases",
					People.windowSubmission(random, item.id(), item.materials(), phone)).get("queryCode").asString();
			lookups.add(new Lookup(code, phone.substring(phone.length() - 4)));
		}
		return lookups;
	}

	/**
	 * One address asks the progress API until it is refused: the limit holds under the load's forwarded addresses,
	 * and it is the database's count, so every node of a cluster applies it.
	 */
	private void overLimit(Lookup lookup, FigureTable table) {
		int answered = 0;
		int status = 200;
		while (status == 200 && answered < 100) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/public/progress?" + lookup.query()))
				.header("X-Forwarded-For", FLOODING_ADDRESS)
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(30))
				.build();
			try {
				status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			}
			catch (IOException e) {
				throw new BenchmarkFailure("GET " + request.uri() + " failed: " + e, e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new BenchmarkFailure("Interrupted", e);
			}
			if (status == 200) {
				answered++;
			}
		}
		table.add("progress look-ups of one address", "answered before the first refusal",
				FigureTable.number(answered, 0), "look-ups (limit 20 per 10 min)");
		table.add("progress look-ups of one address", "answer past the limit", String.valueOf(status),
				"HTTP status (target 429: " + (status == 429 && answered == 20 ? "MET" : "MISSED") + ")");
		System.err.printf("bench: public pages: %s had %d look-ups answered, then %d%n", FLOODING_ADDRESS, answered,
				status);
	}
}
