package org.xiaoneng.bench.casework;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.xiaoneng.bench.BenchmarkFailure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The casework API as a client with a demo account's personal API token sees it. Every answer outside 2xx stops the
 * part that sent it: a benchmark of failing requests measures nothing.
 */
final class Api {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;

	private final URI base;

	Api(HttpClient client, URI base) {
		this.client = client;
		this.base = base;
	}

	/** The demo accounts' API tokens, as the demo profile creates them (see the root README). */
	static String token(String username) {
		return "xnt_demo_" + username + "_2026";
	}

	JsonNode post(String username, String path, Object body) {
		return send(HttpRequest.newBuilder(base.resolve(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), username);
	}

	JsonNode get(String username, String pathAndQuery) {
		return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET(), username);
	}

	private JsonNode send(HttpRequest.Builder request, String username) {
		HttpRequest built = request.header("Authorization", "Bearer " + token(username))
			.header("Accept", "application/json")
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(60))
			.build();
		HttpResponse<String> response;
		try {
			response = client.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new BenchmarkFailure(built.method() + " " + built.uri() + " failed: " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkFailure("Interrupted", e);
		}
		if (response.statusCode() / 100 != 2) {
			throw new BenchmarkFailure(built.method() + " " + built.uri() + " as " + username + " answered "
					+ response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}
}
