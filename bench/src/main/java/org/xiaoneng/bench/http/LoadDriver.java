package org.xiaoneng.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.xiaoneng.bench.BenchmarkFailure;

/**
 * Sends one scenario's requests from a fixed number of threads, each waiting for its answer before sending the
 * next, until the planned number is sent or the time limit is reached; then reports what came back.
 */
public final class LoadDriver {

	/** A request slower than this counts as failed, so a stuck server cannot hold the run. */
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient client;

	public LoadDriver(HttpClient client) {
		this.client = client;
	}

	/**
	 * Sends up to {@code count} requests, {@code concurrency} at a time, starting none after {@code limit}.
	 */
	public ScenarioResult drive(Scenario scenario, URI base, int count, int concurrency, Duration limit) {
		Loopback.require(scenario.request().apply(base).build().uri());
		int[] statuses = new int[count];
		Arrays.fill(statuses, ScenarioResult.NOT_SENT);
		long[] latencies = new long[count];
		Map<String, LongAdder> failures = new ConcurrentHashMap<>();
		AtomicInteger next = new AtomicInteger();
		ExecutorService senders = Executors.newFixedThreadPool(concurrency, runnable -> {
			Thread sender = new Thread(runnable, "bench-sender");
			sender.setDaemon(true);
			return sender;
		});
		long start = System.nanoTime();
		long deadline = start + limit.toNanos();
		for (int thread = 0; thread < concurrency; thread++) {
			senders.execute(() -> {
				for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline; i = next.getAndIncrement()) {
					HttpRequest request = scenario.request().apply(base).timeout(REQUEST_TIMEOUT).build();
					long sent = System.nanoTime();
					try {
						HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
						latencies[i] = System.nanoTime() - sent;
						statuses[i] = response.statusCode();
					}
					catch (IOException e) {
						statuses[i] = ScenarioResult.FAILED;
						failures.computeIfAbsent(e.getClass().getSimpleName(), kind -> new LongAdder()).increment();
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
		}
		senders.shutdown();
		try {
			// the last requests may start just before the limit and take their full timeout
			if (!senders.awaitTermination(limit.plus(REQUEST_TIMEOUT).plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS)) {
				senders.shutdownNow();
				throw new BenchmarkFailure(scenario.name() + ": requests did not finish in time");
			}
		}
		catch (InterruptedException e) {
			senders.shutdownNow();
			Thread.currentThread().interrupt();
			throw new BenchmarkFailure(scenario.name() + ": interrupted");
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		return new ScenarioResult(scenario.name(), count, elapsed, statuses, latencies, failures);
	}
}
