package org.xiaoneng.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP SMS gateway posts each message as JSON to a real local server and takes only a 2xx answer as accepted.
 */
class HttpSmsGatewayTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final AtomicReference<Received> received = new AtomicReference<>();

	private final CountDownLatch release = new CountDownLatch(1);

	private volatile int answer = 200;

	private volatile boolean hang;

	private HttpServer server;

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/sms", this::handle);
		server.start();
	}

	@AfterEach
	void stopServer() {
		release.countDown();
		server.stop(0);
	}

	@Test
	void postsTheNumberSignatureAndTextAsJsonWithTheApiKey() {
		gateway("secret-key").send("13800138000", "您的申请已受理。");

		Received request = received.get();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.contentType()).startsWith("application/json");
		assertThat(request.authorization()).isEqualTo("Bearer secret-key");
		JsonNode body = json.readTree(request.body());
		assertThat(body.get("mobile").asString()).isEqualTo("13800138000");
		assertThat(body.get("signName").asString()).isEqualTo("某某县政务服务");
		assertThat(body.get("content").asString()).isEqualTo("您的申请已受理。");
	}

	@Test
	void sendsNoAuthorizationHeaderWithoutAnApiKey() {
		gateway(null).send("13800138000", "您的申请已受理。");

		assertThat(received.get().authorization()).isNull();
	}

	@Test
	void anAnswerOtherThan2xxIsAFailureThatNamesOnlyTheStatus() {
		answer = 500;

		assertThatExceptionOfType(DeliveryFailedException.class)
			.isThrownBy(() -> gateway("secret-key").send("13800138000", "您的申请已受理。"))
			.withMessage("SMS gateway answered HTTP 500");
	}

	@Test
	void aGatewayThatDoesNotAnswerInTimeIsAFailure() {
		hang = true;

		assertThatExceptionOfType(DeliveryFailedException.class)
			.isThrownBy(() -> new HttpSmsGateway(settings("secret-key", "某某县政务服务", Duration.ofMillis(300)), json)
				.send("13800138000", "您的申请已受理。"))
			.withMessage("SMS gateway did not answer in time");
	}

	@Test
	void aGatewayWithoutSignatureIsRefusedAtStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new HttpSmsGateway(settings("secret-key", " ", Duration.ofSeconds(5)), json))
			.withMessageContaining("sign-name");
	}

	private HttpSmsGateway gateway(String apiKey) {
		return new HttpSmsGateway(settings(apiKey, "某某县政务服务", Duration.ofSeconds(5)), json);
	}

	private NotificationSettings.Sms settings(String apiKey, String signName, Duration requestTimeout) {
		URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
		return new NotificationSettings.Sms(url, apiKey, signName, Duration.ofSeconds(2), requestTimeout);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			received.set(new Received(exchange.getRequestMethod(),
					exchange.getRequestHeaders().getFirst("Content-Type"),
					exchange.getRequestHeaders().getFirst("Authorization"),
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			if (hang) {
				// Holds the answer until the test is over; the gateway must give up on its own before that.
				release.await(10, TimeUnit.SECONDS);
			}
			exchange.sendResponseHeaders(answer, -1);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	record Received(String method, String contentType, String authorization, String body) {
	}
}
