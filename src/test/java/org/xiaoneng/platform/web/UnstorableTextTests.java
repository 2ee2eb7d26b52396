package org.xiaoneng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.testing.IntegrationTest;

/**
 * Text PostgreSQL cannot store (a NUL character, half of a surrogate pair) is refused with 400 wherever it comes in —
 * query, path, form field or JSON string, signed in or not — with a message naming the field in the user's language,
 * and nothing is changed. Before, it reached the database and came back as a 500 on 14 endpoints (issue 13, finding 8).
 * Over real HTTP: the container's error page or problem is part of the answer.
 */
@IntegrationTest
class UnstorableTextTests {

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aNulInTheQueryOfThePublicProgressLookUpIsA400Problem() throws Exception {
		HttpResponse<String> response = send(get("/api/v1/public/progress?code=a%00b", "en"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(response.body()).contains("contains characters that cannot be saved")
			.contains("\"field\":\"code\"");
	}

	@Test
	void aNulInAQueryParameterOfASignedInApiIsA400NamingTheParameterBeforeSignInIsAsked() throws Exception {
		HttpResponse<String> response = send(get("/api/v1/cases?applicantName=%E5%BC%A0%00", "zh-CN"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("“applicantName”含有无法保存的字符（如空字符 NUL），未做任何更改。");
	}

	@Test
	void aNulInThePathIsA400() throws Exception {
		// Tomcat refuses an encoded NUL in the path itself, before any filter: 400 with the container's own page
		assertThat(send(get("/api/v1/public/inquiries/Q%00X", "en")).statusCode()).isEqualTo(400);
	}

	@Test
	void aNulInAJsonStringIsA400NamingTheFieldAndStoresNothing() throws Exception {
		String subject = "NUL-" + System.nanoTime();
		HttpResponse<String> response = send(post("/api/v1/public/inquiries", "application/json",
				"{\"unitId\":1,\"category\":\"CONSULTATION\",\"subject\":\"" + subject
						+ "\",\"content\":\"a\\u0000b\"}"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\\\"content\\\" contains characters that cannot be saved");
		assertThat(jdbc.sql("select count(*) from inquiry.inquiry where subject = ?").param(subject).query(Long.class)
			.single()).isZero();
	}

	@Test
	void halfASurrogatePairInANestedJsonStringIsA400NamingItsPath() throws Exception {
		HttpResponse<String> response = send(post("/api/v1/public/inquiries", "application/json",
				"{\"unitId\":1,\"materials\":[{\"name\":\"\\ud800\"}]}"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"materials.0.name\"");
	}

	@Test
	void aNulInAPublicFormFieldShowsTheErrorPageInTheUsersLanguage() throws Exception {
		HttpResponse<String> form = send(post("/portal/inquiries/new", "application/x-www-form-urlencoded",
				"category=CONSULTATION&unitId=1&subject=%E9%97%AE%00").header("Accept", "text/html"));
		assertThat(form.statusCode()).isEqualTo(400);
		assertThat(form.body()).contains("“subject”中含有无法保存的字符");
		HttpResponse<String> page = send(get("/portal/progress?code=a%00b&lang=en", "en").header("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("contains characters that cannot be saved");
	}

	@Test
	void unreadableParametersAreA400NotAServerError() throws Exception {
		assertThat(send(get("/api/v1/org/staff?q=a&unitId=%FF%FE&q=%00", "en")).statusCode()).isEqualTo(400);
	}

	private HttpRequest.Builder get(String target, String language) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target)).header("Accept-Language", language);
	}

	private HttpRequest.Builder post(String target, String contentType, String body) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
			.header("Accept-Language", "en")
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void ordinaryChineseTextAndEmojiPassUnchanged() {
		assertThat(UnstorableText.storable("示范县市场监督管理局 😀 a\tb")).isTrue();
		assertThat(UnstorableText.storable("a\0b")).isFalse();
		assertThat(UnstorableText.storable("\udc00")).isFalse();
		assertThat(UnstorableText.storable("x\ud83d")).isFalse();
	}
}
