package org.xiaoneng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The TOTP second factor for administrators and supervisors: nothing but the code page until the code is right,
 * enrolment by QR code, codes accepted once, and wrong codes counting towards the lockout.
 */
@IntegrationTest
class SecondFactorIntegrationTests {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Accounts accountRows;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void anAdministratorMustPassTheSecondFactorBeforeReachingAnyPage() throws Exception {
		String admin = enrolledAccount("admin", Role.ADMIN);
		Browser browser = new Browser(mvc);
		assertThat(browser.signIn(admin, TestAccounts.PASSWORD)).isEqualTo("/login/second-factor");
		assertThat(browser.perform(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
		assertThat(browser.perform(get("/account/tokens")).getResponse().getRedirectedUrl())
			.isEqualTo("/login/second-factor");

		MvcResult confirmed = browser.perform(post("/login/second-factor").param("code", currentCode()).with(csrf()));
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.perform(get("/account/tokens")).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theSecondFactorPageHasTheStableElementIds() throws Exception {
		String supervisor = enrolledAccount("supervisor", Role.SUPERVISOR);
		Browser browser = new Browser(mvc);
		browser.signIn(supervisor, TestAccounts.PASSWORD);
		assertThat(browser.perform(get("/login/second-factor")).getResponse().getContentAsString())
			.contains("id=\"totp-code\"", "id=\"totp-submit\"");
	}

	@Test
	void aCodeIsAcceptedOnlyOnce() throws Exception {
		String admin = enrolledAccount("replay", Role.ADMIN);
		String code = currentCode();
		Browser first = new Browser(mvc);
		first.signIn(admin, TestAccounts.PASSWORD);
		assertThat(first.perform(post("/login/second-factor").param("code", code).with(csrf()))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");

		Browser second = new Browser(mvc);
		second.signIn(admin, TestAccounts.PASSWORD);
		MvcResult replayed = second.perform(post("/login/second-factor").param("code", code).with(csrf()));
		assertThat(replayed.getResponse().getStatus()).isEqualTo(200);
		assertThat(replayed.getResponse().getContentAsString()).contains("id=\"totp-error\"");
		assertThat(second.perform(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
	}

	@Test
	void fiveWrongCodesLockTheAccountAndEndTheSignIn() throws Exception {
		String admin = enrolledAccount("wrongcode", Role.AUDITOR);
		Browser browser = new Browser(mvc);
		browser.signIn(admin, TestAccounts.PASSWORD);
		String wrong = wrongCode();
		for (int attempt = 1; attempt <= 4; attempt++) {
			browser.perform(post("/login/second-factor").param("code", wrong).with(csrf()));
		}
		MvcResult fifth = browser.perform(post("/login/second-factor").param("code", wrong).with(csrf()));
		assertThat(fifth.getResponse().getRedirectedUrl()).isEqualTo("/login?error=code-locked");
		assertThat(new Browser(mvc).signIn(admin, TestAccounts.PASSWORD)).isEqualTo("/login?error=locked");
		assertThat(jdbc.sql("""
				select count(*) from security.login_attempt a join security.account c on c.id = a.account_id
				where c.username = ? and a.reason = 'SECOND_FACTOR_REJECTED'
				""").param(admin).query(Integer.class).single()).isEqualTo(5);
	}

	@Test
	void aRightPasswordDoesNotResetTheCountOfWrongCodes() throws Exception {
		String admin = enrolledAccount("guesser", Role.ADMIN);
		String wrong = wrongCode();
		for (int signIn = 1; signIn <= 2; signIn++) {
			Browser browser = new Browser(mvc);
			assertThat(browser.signIn(admin, TestAccounts.PASSWORD)).isEqualTo("/login/second-factor");
			for (int guess = 1; guess <= 2; guess++) {
				browser.perform(post("/login/second-factor").param("code", wrong).with(csrf()));
			}
		}
		Browser third = new Browser(mvc);
		third.signIn(admin, TestAccounts.PASSWORD);
		MvcResult fifthGuess = third.perform(post("/login/second-factor").param("code", wrong).with(csrf()));
		assertThat(fifthGuess.getResponse().getRedirectedUrl()).isEqualTo("/login?error=code-locked");
		assertThat(new Browser(mvc).signIn(admin, TestAccounts.PASSWORD)).isEqualTo("/login?error=locked");
	}

	@Test
	void theCodeLockoutIsExplainedInTheUsersLanguage() throws Exception {
		String zh = mvc.perform(get("/login").param("error", "code-locked")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String en = mvc.perform(get("/login").param("error", "code-locked").param("lang", "en")).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(zh).contains("动态验证码连续输入错误");
		assertThat(en).contains("repeated wrong one-time codes");
	}

	@Test
	void aRightCodeEndsTheRunOfWrongCodes() throws Exception {
		String admin = enrolledAccount("recovers", Role.SECURITY_ADMIN);
		Browser browser = new Browser(mvc);
		browser.signIn(admin, TestAccounts.PASSWORD);
		for (int guess = 1; guess <= 4; guess++) {
			browser.perform(post("/login/second-factor").param("code", wrongCode()).with(csrf()));
		}
		browser.perform(post("/login/second-factor").param("code", currentCode()).with(csrf()));
		assertThat(jdbc.sql("select second_factor_failures from security.account where username = ?")
			.param(admin)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aNewAdministratorEnrolsByQrCodeThenChangesThePassword() throws Exception {
		String admin = TestAccounts.create(accounts, "enrol", true, Role.ADMIN);
		Browser browser = new Browser(mvc);
		assertThat(browser.signIn(admin, TestAccounts.PASSWORD)).isEqualTo("/login/second-factor/enrol");
		assertThat(browser.perform(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor/enrol");

		String page = browser.perform(get("/login/second-factor/enrol")).getResponse().getContentAsString();
		assertThat(page).contains("id=\"totp-qr\"", "src=\"data:image/png;base64,", "id=\"totp-code\"");
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).isTrue();
		String code = Totp.code(Base32.decode(secret.group(1)), Totp.stepAt(clock.instant()), 6);

		MvcResult enrolled = browser.perform(post("/login/second-factor/enrol").param("code", code).with(csrf()));
		assertThat(enrolled.getResponse().getRedirectedUrl()).isEqualTo("/account/password");
		assertThat(accountRows.findByUsername(admin).orElseThrow().secondFactorEnrolled()).isTrue();
		assertThat(jdbc.sql("select totp_secret from security.account where username = ?")
			.param(admin)
			.query(String.class)
			.single()).doesNotContain(secret.group(1));
		assertThat(browser.perform(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/account/password");

		MvcResult changed = browser.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "New-Secret-2026")
			.param("confirmation", "New-Secret-2026")
			.with(csrf()));
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.perform(get("/account/tokens")).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aWrongEnrolmentCodeKeepsThePersonOnTheEnrolmentPage() throws Exception {
		String admin = TestAccounts.create(accounts, "badenrol", false, Role.SECURITY_ADMIN);
		Browser browser = new Browser(mvc);
		browser.signIn(admin, TestAccounts.PASSWORD);
		String page = browser.perform(get("/login/second-factor/enrol")).getResponse().getContentAsString();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).isTrue();
		MvcResult wrong = browser.perform(post("/login/second-factor/enrol").param("code", "000000").with(csrf()));
		String retry = wrong.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(retry).contains("id=\"totp-error\"").contains(secret.group(1));
		assertThat(accountRows.findByUsername(admin).orElseThrow().secondFactorEnrolled()).isFalse();
	}

	@Test
	void aHandlerNeedsNoSecondFactor() throws Exception {
		String handler = TestAccounts.create(accounts, "nofactor", false, Role.HANDLER);
		assertThat(new Browser(mvc).signIn(handler, TestAccounts.PASSWORD)).isEqualTo("/");
	}

	private String enrolledAccount(String prefix, Role role) {
		String username = TestAccounts.create(accounts, prefix, false, role);
		accounts.enrolSecondFactor(accountRows.findByUsername(username).orElseThrow().id(), DemoAccounts.TOTP_SECRET);
		return username;
	}

	private String currentCode() {
		return Totp.code(Base32.decode(DemoAccounts.TOTP_SECRET), Totp.stepAt(clock.instant()), 6);
	}

	/** A code valid at none of the three accepted steps. */
	private String wrongCode() {
		long step = Totp.stepAt(clock.instant());
		byte[] key = Base32.decode(DemoAccounts.TOTP_SECRET);
		for (int candidate = 0;; candidate++) {
			String code = "%06d".formatted(candidate);
			if (Totp.matchingStep(key, code, step, 2).isEmpty()) {
				return code;
			}
		}
	}
}
