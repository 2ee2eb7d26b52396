package org.xiaoneng.platform.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Posts each text message as JSON to an HTTP gateway: the agency's SMS provider or a small relay in front of it.
 * The request is {@code POST <gateway-url>} with {@code Content-Type: application/json},
 * {@code Authorization: Bearer <api-key>} when a key is set, and the body
 * {@code {"mobile":"13800138000","signName":"某某县政务服务","content":"…"}}. Any 2xx answer means accepted; anything
 * else, a timeout or a broken connection is a failure that the outbox retries.
 */
class HttpSmsGateway implements SmsGateway {

	private static final Logger LOG = LoggerFactory.getLogger(HttpSmsGateway.class);

	private final HttpClient client;

	private final URI gatewayUrl;

	private final String apiKey;

	private final String signName;

	private final Duration requestTimeout;

	private final JsonMapper json;

	HttpSmsGateway(NotificationSettings.Sms settings, JsonMapper json) {
		if (!StringUtils.hasText(settings.signName())) {
			// Mainland SMS providers refuse messages without a registered signature (短信签名).
			throw new IllegalStateException(
					"xiaoneng.notification.sms.sign-name must be set when xiaoneng.notification.sms.gateway-url is");
		}
		if (!"https".equals(settings.gatewayUrl().getScheme())) {
			LOG.warn("The SMS gateway {} is not reached over HTTPS: phone numbers and the API key travel in clear",
					settings.gatewayUrl().getHost());
		}
		this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
		this.gatewayUrl = settings.gatewayUrl();
		this.apiKey = settings.apiKey();
		this.signName = settings.signName();
		this.requestTimeout = settings.requestTimeout();
		this.json = json;
	}

	@Override
	public void send(String mobile, String text) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("mobile", mobile);
		body.put("signName", signName);
		body.put("content", text);
		HttpRequest.Builder request = HttpRequest.newBuilder(gatewayUrl)
			.timeout(requestTimeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
		if (StringUtils.hasText(apiKey)) {
			request.header("Authorization", "Bearer " + apiKey);
		}
		int status;
		try {
			status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (HttpTimeoutException e) {
			throw new DeliveryFailedException("SMS gateway did not answer in time");
		}
		catch (IOException e) {
			throw new DeliveryFailedException("SMS gateway unreachable (" + e.getClass().getSimpleName() + ")");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailedException("SMS sending interrupted");
		}
		if (status < 200 || status > 299) {
			throw new DeliveryFailedException("SMS gateway answered HTTP " + status);
		}
	}
}
