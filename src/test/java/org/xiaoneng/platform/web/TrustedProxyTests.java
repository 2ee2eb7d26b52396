package org.xiaoneng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Behind a proxy that the operator has named in {@code server.tomcat.remoteip.internal-proxies}, the platform's own
 * forwarding settings (application.properties) take the client's address and scheme from that proxy's
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto}. Only the web server is started: the setting acts in Tomcat,
 * before any of the application's code.
 */
@SpringBootTest(classes = TrustedProxyTests.AddressEcho.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")
class TrustedProxyTests {

	@LocalServerPort
	int port;

	@Test
	void theHeadersOfAConfiguredProxyGiveTheClientsAddressAndScheme() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/address"))
				.header("X-Forwarded-For", "198.51.100.23")
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).isEqualTo("198.51.100.23 https");
	}

	/**
	 * Answers with the address and scheme the application sees. A plain configuration, not a
	 * {@code @SpringBootConfiguration}, which the other tests of this package would find and start instead.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class })
	@RestController
	static class AddressEcho {

		@GetMapping("/address")
		String address(HttpServletRequest request) {
			return request.getRemoteAddr() + " " + request.getScheme();
		}
	}
}
