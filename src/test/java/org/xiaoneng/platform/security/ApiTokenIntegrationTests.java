package org.xiaoneng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Personal API tokens: sent as a Bearer token they sign in one API call; without one, or revoked, the API answers
 * 401 with a problem detail, and a role that may not call it gets 403, never a redirect to the sign-in page.
 */
@IntegrationTest
class ApiTokenIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Accounts accountRows;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aTokenSignsInAnApiCall() throws Exception {
		IssuedToken token = tokenOf(TestAccounts.create(accounts, "apisec", false, Role.SECURITY_ADMIN));
		MvcResult result = mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token.value()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("\"username\"");
		assertThat(result.getResponse().getCookie(SecurityConfiguration.SESSION_COOKIE)).isNull();
	}

	@Test
	void useIsRecordedOnTheTokenAndItsAccountOnceAMinute() throws Exception {
		String username = TestAccounts.create(accounts, "apiuse", false, Role.SECURITY_ADMIN);
		IssuedToken token = tokenOf(username);
		Instant first = clock.instant().truncatedTo(ChronoUnit.MICROS);
		callWith(token);
		clock.advance(Duration.ofSeconds(59));
		callWith(token);
		assertThat(lastUse(token, username)).containsExactly(first, first);

		clock.advance(Duration.ofSeconds(1));
		Instant minuteLater = clock.instant().truncatedTo(ChronoUnit.MICROS);
		callWith(token);
		assertThat(lastUse(token, username)).containsExactly(minuteLater, minuteLater);
	}

	@Test
	void anApiCallWithoutTokenGetsA401Problem() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/accounts")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":401");
		assertThat(result.getResponse().getRedirectedUrl()).isNull();
	}

	@Test
	void aRevokedTokenIsRefused() throws Exception {
		String owner = TestAccounts.create(accounts, "revoke", false, Role.SECURITY_ADMIN);
		IssuedToken token = tokenOf(owner);
		TestAccounts.actAs(owner, Role.SECURITY_ADMIN);
		accounts.revokeOwnApiToken(token.token().id());
		SecurityContextHolder.clearContext();

		MvcResult result = mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token.value()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("吊销");
		assertThat(jdbc.sql("select count(*) from audit.entry where action in ('api-token.issued', 'api-token.revoked') and object_id = ?")
			.param(token.token().id().toString())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void prometheusScrapesWithAnAdministratorsTokenAndNoOtherRolesToken() throws Exception {
		IssuedToken admin = tokenOf(TestAccounts.create(accounts, "scraper", false, Role.ADMIN));
		IssuedToken handler = tokenOf(TestAccounts.create(accounts, "notscraper", false, Role.HANDLER));
		MvcResult scraped = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + admin.value()))
			.andReturn();
		assertThat(scraped.getResponse().getStatus()).isEqualTo(200);
		assertThat(scraped.getResponse().getContentAsString()).contains("jvm_memory_used_bytes");
		assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + handler.value()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aRoleThatMayNotCallTheApiGetsA403Problem() throws Exception {
		IssuedToken token = tokenOf(TestAccounts.create(accounts, "apihandler", false, Role.HANDLER));
		MvcResult result = mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token.value()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	@Test
	void onlyTheDigestOfATokenIsStored() {
		IssuedToken token = tokenOf(TestAccounts.create(accounts, "digest", false, Role.HANDLER));
		byte[] stored = jdbc.sql("select token_hash from security.api_token where id = ?")
			.param(token.token().id().value())
			.query(byte[].class)
			.single();
		assertThat(stored).hasSize(32);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(token.value());
		assertThat(token.token().prefix()).isEqualTo(token.value().substring(0, 12));
	}

	@Test
	void aBearerCallNeedsNoCsrfTokenAndCreatesAnAccount() throws Exception {
		IssuedToken token = tokenOf(TestAccounts.create(accounts, "apicreate", false, Role.SECURITY_ADMIN));
		String username = TestAccounts.uniqueName("created");
		MvcResult result = mvc.perform(post("/api/v1/accounts").header("Authorization", "Bearer " + token.value())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"displayName\":\"王五\",\"roles\":[\"HANDLER\"]}"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		assertThat(result.getResponse().getContentAsString()).contains("\"oneTimePassword\"");
		assertThat(accountRows.findByUsername(username).orElseThrow().mustChangePassword()).isTrue();
	}

	@Test
	void invalidFieldsGetA400ProblemNamingEachField() throws Exception {
		IssuedToken token = tokenOf(TestAccounts.create(accounts, "apiinvalid", false, Role.SECURITY_ADMIN));
		MvcResult result = mvc.perform(post("/api/v1/accounts").header("Authorization", "Bearer " + token.value())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"Bad Name\",\"displayName\":\"\",\"roles\":[]}"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"username\"",
				"\"field\":\"displayName\"");
	}

	@Test
	void twoAdministratorDutiesOnOneAccountGetA422Problem() throws Exception {
		IssuedToken token = tokenOf(TestAccounts.create(accounts, "api3", false, Role.SECURITY_ADMIN));
		String username = TestAccounts.uniqueName("twoduties");
		MvcResult result = mvc.perform(post("/api/v1/accounts").header("Authorization", "Bearer " + token.value())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"displayName\":\"赵六\",\"roles\":[\"ADMIN\",\"AUDITOR\"]}"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(accountRows.findByUsername(username)).isEmpty();
	}

	@Test
	void theTokenPageShowsANewTokenOnceAndListsItByPrefix() throws Exception {
		String handler = TestAccounts.create(accounts, "tokenpage", false, Role.HANDLER);
		Browser browser = new Browser(mvc);
		browser.signIn(handler, TestAccounts.PASSWORD);
		String issued = browser.perform(post("/account/tokens").param("name", "报表脚本").with(csrf()))
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(issued).contains("id=\"token-value\">xnt_");
		String later = browser.perform(get("/account/tokens")).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(later).contains("报表脚本").doesNotContain("id=\"token-value\"");
	}

	@Test
	void theOpenApiDocumentDescribesTheBearerScheme() throws Exception {
		String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		assertThat(document).contains("\"/api/v1/accounts\"", "\"bearer\"");
	}

	private void callWith(IssuedToken token) throws Exception {
		assertThat(mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token.value()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	/** The stored last use of the token and of its account. */
	private List<Instant> lastUse(IssuedToken token, String username) {
		Instant tokenUse = jdbc.sql("select last_used_at from security.api_token where id = :id")
			.param("id", token.token().id().value())
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
		Instant accountUse = jdbc.sql("select last_used_at from security.account where username = :username")
			.param("username", username)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
		return List.of(tokenUse, accountUse);
	}

	private IssuedToken tokenOf(String username) {
		return accounts.issueApiToken(accountRows.findByUsername(username).orElseThrow().id(), "test",
				"xnt_test_" + username + "_" + System.nanoTime());
	}
}
