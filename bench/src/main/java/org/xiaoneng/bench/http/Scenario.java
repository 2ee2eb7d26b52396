package org.xiaoneng.bench.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.function.Function;

/**
 * One request the load driver repeats: its name in the table and how to build it against the server's base URL.
 *
 * @param name what the table calls it, e.g. {@code GET /login}
 * @param request builds a fresh request for the base URL (no trailing slash); the driver adds the timeout
 */
public record Scenario(String name, Function<URI, HttpRequest.Builder> request) {

	/** A plain GET of a path, named after it. */
	public static Scenario get(String path) {
		return new Scenario("GET " + path, base -> HttpRequest.newBuilder(URI.create(base + path)).GET());
	}
}
