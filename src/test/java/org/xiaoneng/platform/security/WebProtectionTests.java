package org.xiaoneng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Browser protections: CSRF tokens on forms, a clear page when one is missing, security headers on every response,
 * and pages that need signing in.
 */
@IntegrationTest
class WebProtectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void aFormPostWithoutCsrfTokenGetsAClearPageAndChangesNothing() throws Exception {
		String handler = TestAccounts.create(accounts, "csrf", false, Role.HANDLER);
		RealBrowser browser = new RealBrowser(port);
		assertThat(browser.signIn(handler, TestAccounts.PASSWORD)).endsWith("/");
		HttpResponse<String> result = browser.post("/account/tokens", Map.of("name", "forged"));
		assertThat(result.statusCode()).isEqualTo(403);
		assertThat(result.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(result.body()).contains("id=\"denied-reason\"", "页面已过期").doesNotContain("Exception");
		assertThat(jdbc.sql("select count(*) from security.api_token where name = 'forged'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theSignInFormCarriesACsrfToken() throws Exception {
		assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
			.contains("name=\"_csrf\"");
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		MvcResult result = mvc.perform(get("/login")).andReturn();
		assertThat(result.getResponse().getHeader("Content-Security-Policy"))
			.isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
	}

	// Behind a trusted TLS proxy the request is secure too: Tomcat's RemoteIpValve reads its X-Forwarded-Proto before
	// any of this (TrustedProxyTests); MockMvc has no valve, so a forwarded header alone proves nothing here.
	@Test
	void hstsIsSentOnlyOverTls() throws Exception {
		assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
			.isNull();
		assertThat(mvc.perform(get("/login").secure(true)).andReturn().getResponse()
			.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
	}

	@Test
	void swaggerUiAloneMayUseInlineStyles() throws Exception {
		MvcResult result = mvc.perform(get("/swagger-ui/index.html")).andReturn();
		assertThat(result.getResponse().getHeader("Content-Security-Policy"))
			.isEqualTo(SecurityConfiguration.SWAGGER_CONTENT_SECURITY_POLICY)
			.contains("script-src 'self';");
	}

	@Test
	void aPageNeedsSigningIn() throws Exception {
		assertThat(mvc.perform(get("/account/tokens")).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login");
	}

	@Test
	void healthAndTheSignInPageArePublic() throws Exception {
		assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/login")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aPasswordChangeExplainsEveryBrokenRuleAndChangesNothing() throws Exception {
		String handler = TestAccounts.create(accounts, "weak", false, Role.HANDLER);
		Browser browser = new Browser(mvc);
		browser.signIn(handler, TestAccounts.PASSWORD);
		String page = browser.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "short")
			.param("confirmation", "short")
			.with(csrf())).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"password-errors\"", "至少需要10位", "至少三类");
		String same = browser.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", TestAccounts.PASSWORD)
			.param("confirmation", TestAccounts.PASSWORD)
			.with(csrf())).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(same).contains("不能与当前密码相同");
		assertThat(new Browser(mvc).signIn(handler, TestAccounts.PASSWORD)).isEqualTo("/");
	}

	@Test
	void aForcedPasswordChangeComesBeforeEveryOtherPage() throws Exception {
		String handler = TestAccounts.create(accounts, "forced", true, Role.HANDLER);
		Browser browser = new Browser(mvc);
		assertThat(browser.signIn(handler, TestAccounts.PASSWORD)).isEqualTo("/account/password");
		assertThat(browser.perform(get("/account/tokens")).getResponse().getRedirectedUrl())
			.isEqualTo("/account/password");
		assertThat(browser.perform(get("/account/password")).getResponse().getContentAsString())
			.contains("id=\"password-forced\"");
		MvcResult changed = browser.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "Brand-New-2026")
			.param("confirmation", "Brand-New-2026")
			.with(csrf()));
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.perform(get("/account/tokens")).getResponse().getStatus()).isEqualTo(200);
	}
}
