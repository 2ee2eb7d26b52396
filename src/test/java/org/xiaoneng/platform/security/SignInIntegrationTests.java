package org.xiaoneng.platform.security;

import org.xiaoneng.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;
import org.xiaoneng.platform.security.LoginAttempts.Reason;

/**
 * Signing in with user name and password: where it leads, what it says when it fails, the lockout after five
 * failures, the log of every attempt, disuse, and the session kept in the database.
 */
@IntegrationTest
class SignInIntegrationTests {

	@Autowired
	Sweeps sweeps;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accountRows;

	@Autowired
	LoginAttempts attempts;

	@Autowired
	AuditLog auditLog;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	SecuritySettings settings;

	@Autowired
	Clock clock;

	@Test
	void theSignInPageLeadsVisitorsToThePublicServicesThatNeedNoSignIn() throws Exception {
		String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		for (String path : new String[] { "/portal/items", "/portal/progress", "/portal/inquiries/new" }) {
			assertThat(page).contains("href=\"" + path + "\"");
			assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
		}
	}

	@Test
	void aCorrectPasswordLeadsToTheStartPage() throws Exception {
		String handler = TestAccounts.create(accounts, "handler", false, Role.HANDLER);
		assertThat(new Browser(mvc).signIn(handler, TestAccounts.PASSWORD)).isEqualTo("/");
	}

	@Test
	void storesOnlyABcryptHashOfThePassword() {
		String handler = TestAccounts.create(accounts, "hash", false, Role.HANDLER);
		String hash = jdbc.sql("select password_hash from security.account where username = ?")
			.param(handler)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestAccounts.PASSWORD);
		assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, hash)).isTrue();
	}

	@Test
	void aWrongPasswordShowsTheSameMessageAsAnUnknownUserName() throws Exception {
		String handler = TestAccounts.create(accounts, "wrong", false, Role.HANDLER);
		Browser browser = new Browser(mvc);
		String wrongPassword = browser.signIn(handler, "Not-The-Password-1");
		String unknownUser = browser.signIn("nobody-" + handler, "Not-The-Password-1");
		assertThat(wrongPassword).isEqualTo(unknownUser).isEqualTo("/login?error=credentials");
		assertThat(loginError(wrongPassword)).isEqualTo("用户名或密码错误。");
	}

	@Test
	void theSixthAttemptIsLockedEvenWithTheRightPassword() throws Exception {
		String handler = TestAccounts.create(accounts, "locked", false, Role.HANDLER);
		Browser browser = new Browser(mvc);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(browser.signIn(handler, "Wrong-Password-" + attempt)).isEqualTo("/login?error=credentials");
		}
		String sixth = browser.signIn(handler, TestAccounts.PASSWORD);
		assertThat(sixth).isEqualTo("/login?error=locked");
		assertThat(loginError(sixth)).contains("已被锁定");
	}

	@Test
	void anUnknownUserNameIsLockedAfterFiveFailuresToo() throws Exception {
		Browser browser = new Browser(mvc);
		String ghost = TestAccounts.uniqueName("ghost");
		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.signIn(ghost, "Wrong-Password-" + attempt);
		}
		assertThat(browser.signIn(ghost, "Wrong-Password-6")).isEqualTo("/login?error=locked");
	}

	@Test
	void theLockEndsAfterThirtyMinutes() {
		String handler = TestAccounts.create(accounts, "expiry", false, Role.HANDLER);
		MutableClock time = new MutableClock(clock.instant(), clock.getZone());
		SignIns signIns = new SignIns(accountRows, attempts, auditLog, passwordEncoder, settings, time, sweeps);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(signIns.attempt(handler, "Wrong-Password", "10.0.0.1").reason()).isEqualTo(Reason.BAD_CREDENTIALS);
		}
		time.advance(Duration.ofMinutes(29));
		assertThat(signIns.attempt(handler, TestAccounts.PASSWORD, "10.0.0.1").reason()).isEqualTo(Reason.LOCKED);
		time.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertThat(signIns.attempt(handler, TestAccounts.PASSWORD, "10.0.0.1").reason()).isEqualTo(Reason.SIGNED_IN);
	}

	@Test
	void afterALockEndsOneFailureDoesNotLockAgain() {
		String handler = TestAccounts.create(accounts, "relock", false, Role.HANDLER);
		MutableClock time = new MutableClock(clock.instant(), clock.getZone());
		SignIns signIns = new SignIns(accountRows, attempts, auditLog, passwordEncoder, settings, time, sweeps);
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIns.attempt(handler, "Wrong-Password", "10.0.0.1");
		}
		time.advance(Duration.ofMinutes(31));
		assertThat(signIns.attempt(handler, "Wrong-Password", "10.0.0.1").reason()).isEqualTo(Reason.BAD_CREDENTIALS);
		assertThat(signIns.attempt(handler, TestAccounts.PASSWORD, "10.0.0.1").reason()).isEqualTo(Reason.SIGNED_IN);
	}

	@Test
	void everyAttemptIsLoggedWithTheNameAsTypedInTheTableAndTheAuditLog() throws Exception {
		String handler = TestAccounts.create(accounts, "logged", false, Role.HANDLER);
		String typedUnknown = "Unknown-" + handler.toUpperCase();
		Browser browser = new Browser(mvc);
		browser.signIn(typedUnknown, "Whatever-Password-1");
		browser.signIn(handler, "Wrong-Password-1");
		browser.signIn(handler, TestAccounts.PASSWORD);

		assertThat(jdbc.sql("""
				select reason from security.login_attempt
				where username in (:unknown, :known) and remote_address = '127.0.0.1' order by id
				""").param("unknown", typedUnknown).param("known", handler).query(String.class).list())
			.containsExactly("UNKNOWN_ACCOUNT", "BAD_CREDENTIALS", "SIGNED_IN");
		assertThat(jdbc.sql("""
				select action from audit.entry where actor in (:unknown, :known) and module = 'security' order by seq
				""").param("unknown", typedUnknown).param("known", handler).query(String.class).list())
			.containsExactly("sign-in.failed", "sign-in.failed", "sign-in.succeeded");
	}

	@Test
	void anAccountUnusedForNinetyDaysIsDisabledAtSignIn() throws Exception {
		String handler = TestAccounts.create(accounts, "unused", false, Role.HANDLER);
		backdate(handler, Duration.ofDays(91));
		String outcome = new Browser(mvc).signIn(handler, TestAccounts.PASSWORD);
		assertThat(outcome).isEqualTo("/login?error=unused");
		assertThat(row(handler).enabled()).isFalse();
		assertThat(row(handler).disabledReason()).isEqualTo("UNUSED");
	}

	@Test
	void theNightlySweepDisablesAccountsUnusedForNinetyDays() {
		String unused = TestAccounts.create(accounts, "sweep", false, Role.HANDLER);
		String recent = TestAccounts.create(accounts, "recent", false, Role.HANDLER);
		backdate(unused, Duration.ofDays(91));
		backdate(recent, Duration.ofDays(89));
		new UnusedAccountSweep(new SignIns(accountRows, attempts, auditLog, passwordEncoder, settings, clock, sweeps), sweeps)
			.disableUnusedAccounts();
		assertThat(row(unused).enabled()).isFalse();
		assertThat(row(recent).enabled()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'account.disabled-unused' and object_id = ?")
			.param(row(unused).id().toString())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theNightlySweepDeletesSignInAttemptsOlderThanTheRetentionAndKeepsTheRest() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String expired = "expired-" + System.nanoTime();
		String kept = "kept-" + System.nanoTime();
		attempts.record(now.minus(settings.loginAttemptRetention()).minusDays(1), expired, null, "127.0.0.1", false,
				Reason.UNKNOWN_ACCOUNT);
		attempts.record(now.minus(settings.loginAttemptRetention()).plusDays(1), kept, null, "127.0.0.1", false,
				Reason.UNKNOWN_ACCOUNT);

		SweepCount pruned = new LoginAttemptRetention(attempts, settings, clock, sweeps).deleteExpired();

		assertThat(pruned.done()).isPositive();
		assertThat(attemptsBy(expired)).isZero();
		assertThat(attemptsBy(kept)).isOne();
	}

	@Test
	void aRetentionShorterThanTheSixMonthsTheLawAsksForIsRefusedAtStart() {
		assertThatThrownBy(() -> new SecuritySettings(5, Duration.ofMinutes(30), Duration.ofDays(90), 10,
				Set.of(Role.ADMIN), "Xiaoneng", Duration.ofDays(90)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("网络安全法");
	}

	private long attemptsBy(String username) {
		return jdbc.sql("select count(*) from security.login_attempt where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	@Test
	void theSessionIsKeptInTheDatabaseWithThirtyMinutesIdleTimeout() throws Exception {
		String handler = TestAccounts.create(accounts, "session", false, Role.HANDLER);
		new Browser(mvc).signIn(handler, TestAccounts.PASSWORD);
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
			.param(handler)
			.query(Integer.class)
			.list()).containsExactly(1800);
	}

	@Test
	void anExpiredSessionLeadsToTheSignInPageWithAMessage() throws Exception {
		MvcResult result = mvc.perform(get("/account/tokens").cookie(expiredSession())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(mvc.perform(get("/login").param("expired", "")).andReturn().getResponse().getContentAsString())
			.contains("会话已超时");
	}

	@Test
	void anExpiredSessionOnAnApiCallGetsA401Problem() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/accounts").cookie(expiredSession())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("会话已超时");
	}

	@Test
	void signingOutLeadsToTheSignInPageSayingSo() throws Exception {
		String handler = TestAccounts.create(accounts, "logout", false, Role.HANDLER);
		Browser browser = new Browser(mvc);
		browser.signIn(handler, TestAccounts.PASSWORD);
		MvcResult result = browser.perform(post("/logout").with(csrf()));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
		assertThat(mvc.perform(get("/login").param("logout", "")).andReturn().getResponse().getContentAsString())
			.contains("您已安全退出");
		assertThat(browser.perform(get("/account/tokens")).getResponse().getRedirectedUrl()).startsWith("/login");
	}

	@Test
	void theSignInPageIsInEnglishWhenAskedFor() throws Exception {
		String page = mvc.perform(get("/login?error=locked").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"username\"", "id=\"password\"", "id=\"login-submit\"", "locked");
	}

	private String loginError(String loginUrl) throws Exception {
		String page = mvc.perform(get(loginUrl)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		int start = page.indexOf("id=\"login-error\"");
		assertThat(start).as("the page shows #login-error").isPositive();
		return page.substring(page.indexOf('>', start) + 1, page.indexOf("</p>", start));
	}

	private Account row(String username) {
		return accountRows.findByUsername(username).orElseThrow();
	}

	private void backdate(String username, Duration age) {
		OffsetDateTime then = OffsetDateTime.now(clock).minus(age);
		jdbc.sql("update security.account set created_at = :then, last_used_at = :then where username = :username")
			.param("then", then)
			.param("username", username)
			.update();
	}

	private static Cookie expiredSession() {
		return new Cookie(SecurityConfiguration.SESSION_COOKIE,
				Base64.getEncoder().encodeToString("6f1f4bd6-0000-4000-8000-000000000000".getBytes()));
	}
}
