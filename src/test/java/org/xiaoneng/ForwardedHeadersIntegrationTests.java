package org.xiaoneng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.LoopbackLimits;

/**
 * A client cannot choose its own address: with no proxy configured ({@code server.tomcat.remoteip.internal-proxies}
 * empty, the default), {@code X-Forwarded-For} and {@code Forwarded} from the connecting peer are ignored, so the
 * per-address limits of the public portal hold and the sign-in log keeps the real address (issue 13, finding 4).
 * These requests go over real HTTP, through Tomcat's RemoteIpValve, from the loopback address.
 */
@IntegrationTest
class ForwardedHeadersIntegrationTests {

	private static final String PEER = LoopbackLimits.LOOPBACK;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cryptography cryptography;

	@Autowired
	Organization organization;

	@BeforeEach
	@AfterEach
	void forgetTheLoopbacksRecentRequests() {
		LoopbackLimits.forget(jdbc, cryptography);
	}

	@Test
	void aForgedForwardedForDoesNotEscapeTheLimitOfPublicSubmissions() throws Exception {
		long unit = runAs("admin", () -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "转发测试局" + System.nanoTime(), "转发", creditCode()));
		}, "ROLE_ADMIN").id();
		for (int i = 1; i <= 8; i++) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/public/inquiries"))
				.header("Content-Type", "application/json")
				.header("X-Forwarded-For", "198.51.100." + i)
				.header("Forwarded", "for=198.51.100." + i)
				.POST(HttpRequest.BodyPublishers.ofString("{\"unitId\":" + unit
						+ ",\"category\":\"CONSULTATION\",\"subject\":\"第" + i + "问\",\"content\":\"内容\"}")));
			assertThat(response.statusCode()).as("submission %d", i).isEqualTo(i <= 5 ? 201 : 429);
		}
	}

	@Test
	void aForgedForwardedForDoesNotEscapeTheLimitOfProgressLookUps() throws Exception {
		for (int i = 1; i <= 22; i++) {
			HttpResponse<String> response = send(
					HttpRequest.newBuilder(uri("/api/v1/public/progress?code=NOSUCHCODE&phoneLast4=0000"))
						.header("X-Forwarded-For", "203.0.113." + i));
			if (i <= 20) {
				assertThat(response.statusCode()).as("look-up %d", i).isNotEqualTo(429).isLessThan(500);
			}
			else {
				assertThat(response.statusCode()).as("look-up %d", i).isEqualTo(429);
			}
		}
	}

	@Test
	void theSignInLogKeepsTheRealAddressNotTheForgedOne() throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")));
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String session = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		String username = "forger" + System.nanoTime();
		HttpResponse<String> signIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", session)
			.header("X-Forwarded-For", "192.0.2.77")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=wrong&_csrf=" + csrf.group(1))));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select remote_address from security.login_attempt where username = ?")
			.param(username)
			.query(String.class)
			.list()).containsExactly(PEER);
	}

	private URI uri(String path) {
		return URI.create("http://" + PEER + ":" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
