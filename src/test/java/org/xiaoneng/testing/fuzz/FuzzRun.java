package org.xiaoneng.testing.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Sends generated requests to a running platform over HTTP, one after another, each as one of the callers (a role's
 * API token, or nobody), and keeps what matters: every answer of 500 or above (or none at all), and every refused
 * request (4xx) after which a watched table had changed. A refused request that changed something is sent once
 * more before it counts, so that a background job that wrote at the same moment is not taken for it; after an
 * accepted write the run waits for the listeners of its events, whose writes would otherwise land in the next
 * request's window. Used by the 5,000-input test in {@code ./mvnw verify} and the campaign's 100,000-input part.
 */
public final class FuzzRun {

	/** Who sends: a name for the report and a bearer token, {@code null} for an anonymous caller. */
	public record Caller(String name, String token) {
	}

	/** A request that broke a rule, with what was seen. */
	public record Finding(String caller, ApiInput input, int status, String seen) {

		@Override
		public String toString() {
			return status + " as " + caller + ": " + input.describe() + (seen.isEmpty() ? "" : " → " + seen);
		}
	}

	/**
	 * What a run found; {@code acceptedWrites} counts the accepted requests after which the watch saw a change, the
	 * proof that it sees them at all.
	 */
	public record Report(long sent, Map<String, Long> byStatusClass, Set<String> operationsCovered,
			List<Finding> serverErrors, List<Finding> refusedWrites, long acceptedWrites) {
	}

	private final URI base;

	private final List<Caller> callers;

	private final WriteWatch watch;

	private final Runnable listenersAtRest;

	private static final String CONNECTION_FAILED = "connection failed: ";

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	/**
	 * @param listenersAtRest returns once the event listeners that an accepted write set off have finished, so that
	 * their writes are not taken for the next request's
	 */
	public FuzzRun(URI base, List<Caller> callers, WriteWatch watch, Runnable listenersAtRest) {
		this.base = base;
		this.callers = List.copyOf(callers);
		this.watch = watch;
		this.listenersAtRest = listenersAtRest;
	}

	/**
	 * Sends {@code count} requests: the document's operations in turn (so every one is reached), each as a random
	 * caller, one in six valid and the rest hostile ({@code firstIdentifier}: see {@link ApiInputs}).
	 */
	public Report run(ApiDocument document, long seed, long firstIdentifier, long count) {
		Random random = new Random(seed);
		ApiInputs inputs = new ApiInputs(document, random, firstIdentifier);
		List<ApiOperation> operations = document.operations();
		Map<String, Long> byClass = new LinkedHashMap<>();
		Set<String> covered = new LinkedHashSet<>();
		List<Finding> serverErrors = new ArrayList<>();
		List<Finding> refusedWrites = new ArrayList<>();
		long acceptedWrites = 0;
		for (long i = 0; i < count; i++) {
			ApiOperation operation = operations.get((int) (i % operations.size()));
			Caller caller = callers.get(random.nextInt(callers.size()));
			ApiInput input = random.nextInt(6) == 0 ? inputs.valid(operation) : inputs.hostile(operation);
			long mark = watch.mark();
			Answer answer = send(input, caller);
			covered.add(operation.key());
			byClass.merge(answer.statusClass(), 1L, Long::sum);
			if (answer.status() == 0 || answer.status() >= 500) {
				serverErrors.add(new Finding(caller.name(), input, answer.status(), answer.excerpt()));
			}
			else if (answer.status() >= 400) {
				List<String> changed = watch.changedSince(mark);
				if (!changed.isEmpty()) {
					long again = watch.mark();
					Answer repeated = send(input, caller);
					List<String> changedAgain = watch.changedSince(again);
					if (repeated.status() >= 400 && !changedAgain.isEmpty()) {
						refusedWrites.add(new Finding(caller.name(), input, answer.status(), "changed " + changedAgain));
					}
				}
			}
			else if (!"GET".equals(input.method())) {
				listenersAtRest.run();
				if (!watch.changedSince(mark).isEmpty()) {
					acceptedWrites++;
				}
			}
		}
		return new Report(count, byClass, covered, serverErrors, refusedWrites, acceptedWrites);
	}

	/** The status (0 when no answer came) and the start of the body. */
	public record Answer(int status, String excerpt) {

		String statusClass() {
			return status == 0 ? "no answer" : (status / 100) + "xx";
		}
	}

	public Answer send(ApiInput input, Caller caller) {
		URI uri;
		try {
			uri = URI.create(base + input.target());
		}
		catch (IllegalArgumentException unsendable) {
			// The generator writes only well-formed targets; one that is not is a fault of the generator.
			throw new IllegalStateException("Generated an invalid target: " + input.target(), unsendable);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.header("Accept-Language", "zh-CN")
			.method(input.method(), input.body() == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(input.body(), StandardCharsets.UTF_8));
		if (input.contentType() != null) {
			request.header("Content-Type", input.contentType());
		}
		if (caller.token() != null) {
			request.header("Authorization", "Bearer " + caller.token());
		}
		Answer answer = exchange(request.build());
		// A kept-alive connection the server had already closed fails before the request reaches it ("header parser
		// received no bytes"); the client retries only idempotent methods by itself. Sent once more on a new
		// connection, a server that really gives no answer fails again and is reported.
		return answer.status() == 0 && answer.excerpt().startsWith(CONNECTION_FAILED) ? exchange(request.build())
				: answer;
	}

	private Answer exchange(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			String body = response.body();
			return new Answer(response.statusCode(), body.length() > 300 ? body.substring(0, 300) : body);
		}
		catch (HttpTimeoutException e) {
			return new Answer(0, "no answer within 30 s");
		}
		catch (IOException e) {
			return new Answer(0, CONNECTION_FAILED + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
