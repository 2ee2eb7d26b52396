package org.xiaoneng.bench.casework;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.xiaoneng.bench.BenchmarkFailure;

/**
 * A demo account without a second factor signed in to the pages as a browser is: the login form with its CSRF token,
 * then the session cookie. Personal API tokens open only {@code /api/**}, and the cockpit's first paint is a page; the
 * accounts with a second factor (supervisors, administrators) are timed through the API with their tokens, as the
 * other casework parts work.
 */
final class WebSession {

	/** The demo accounts' password, as the root README gives it. */
	private static final String DEMO_PASSWORD = "Xiaoneng@2026";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client;

	private final URI base;

	private WebSession(URI base) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** Signs in with the demo password. */
	static WebSession signIn(URI base, String username) {
		WebSession session = new WebSession(base);
		String answer = session.form("/login", Map.of("username", username, "password", DEMO_PASSWORD));
		if (answer.contains("/login")) {
			throw new BenchmarkFailure(username + "'s sign-in ended at " + answer);
		}
		return session;
	}

	/**
	 * Asks for the page; anything but 200 stops the part: a benchmark of failing pages measures nothing.
	 *
	 * @return the page's {@code Server-Timing} header (W3C Server Timing), or an empty string when it sent none
	 */
	String get(String pathAndQuery) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
		if (response.statusCode() != 200) {
			throw new BenchmarkFailure("GET " + pathAndQuery + " answered " + response.statusCode());
		}
		return response.headers().firstValue("Server-Timing").orElse("");
	}

	/** Posts the form shown at {@code path} with its CSRF token; where the answer redirects to. */
	private String form(String path, Map<String, String> fields) {
		HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve(path)).GET());
		Matcher token = CSRF.matcher(page.body());
		if (page.statusCode() != 200 || !token.find()) {
			throw new BenchmarkFailure("GET " + path + " answered " + page.statusCode() + " without a form token");
		}
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&", "_csrf=" + encode(token.group(1)) + "&", ""));
		HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		if (answer.statusCode() / 100 != 3) {
			throw new BenchmarkFailure("POST " + path + " answered " + answer.statusCode());
		}
		return answer.headers().firstValue("Location").orElse("");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		HttpRequest built = request.header("Accept-Language", "en").timeout(Duration.ofSeconds(60)).build();
		try {
			return client.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new BenchmarkFailure(built.method() + " " + built.uri() + " failed: " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkFailure("Interrupted", e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
