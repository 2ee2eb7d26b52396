package org.xiaoneng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;

import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 三员分立 (GB/T 22239-2019 level 3): only the security administrator manages accounts, never their own, and no
 * account is more than one of system administrator, security administrator and auditor.
 */
@IntegrationTest
class SeparationOfDutiesTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	Accounts accountRows;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aSecurityAdministratorCannotGrantThemselvesAnotherDuty() {
		String secadmin = TestAccounts.create(accounts, "selfgrant", false, Role.SECURITY_ADMIN);
		TestAccounts.actAs(secadmin, Role.SECURITY_ADMIN);
		AccountId own = idOf(secadmin);
		assertThatExceptionOfType(SeparationOfDutiesViolatedException.class)
			.isThrownBy(() -> accounts.assignRoles(own, Set.of(Role.SECURITY_ADMIN, Role.ADMIN)))
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo(AccountAdministration.OWN_ACCOUNT));
		assertThatExceptionOfType(SeparationOfDutiesViolatedException.class)
			.isThrownBy(() -> accounts.assignRoles(own, Set.of(Role.AUDITOR)));
		assertThat(accountRows.findById(own).orElseThrow().roles()).containsExactly(Role.SECURITY_ADMIN);
	}

	@Test
	void aSystemAdministratorCannotManageAccounts() {
		String admin = TestAccounts.create(accounts, "noadmin", false, Role.ADMIN);
		TestAccounts.actAs(admin, Role.ADMIN);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> accounts.create(new NewAccount(TestAccounts.uniqueName("x"), "某人", Set.of(Role.HANDLER))));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> accounts.assignRoles(idOf(admin),
				Set.of(Role.ADMIN, Role.HANDLER)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> accounts.search(""));
	}

	@Test
	void anAuditorCannotManageAccounts() {
		String auditor = TestAccounts.create(accounts, "noauditor", false, Role.AUDITOR);
		TestAccounts.actAs(auditor, Role.AUDITOR);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> accounts.search(""));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> accounts.unlock(idOf(auditor)));
	}

	@Test
	void noAccountHoldsTwoAdministratorDuties() {
		String secadmin = TestAccounts.create(accounts, "twoduties", false, Role.SECURITY_ADMIN);
		String admin = TestAccounts.create(accounts, "plainadmin", false, Role.ADMIN);
		TestAccounts.actAs(secadmin, Role.SECURITY_ADMIN);
		assertThatExceptionOfType(SeparationOfDutiesViolatedException.class)
			.isThrownBy(() -> accounts.create(new NewAccount(TestAccounts.uniqueName("both"), "某人",
					Set.of(Role.ADMIN, Role.AUDITOR))))
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo(AccountAdministration.ONE_ADMINISTRATOR_DUTY));
		assertThatExceptionOfType(SeparationOfDutiesViolatedException.class)
			.isThrownBy(() -> accounts.assignRoles(idOf(admin), Set.of(Role.ADMIN, Role.SECURITY_ADMIN)));
		assertThat(accountRows.findByUsername(admin).orElseThrow().roles()).containsExactly(Role.ADMIN);
		// The database keeps the rule too, whatever code writes to it.
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc
			.sql("update security.account set roles = '{ADMIN,AUDITOR}' where username = ?")
			.param(admin)
			.update());
	}

	@Test
	void aSecurityAdministratorManagesOtherAccountsAndEveryChangeIsAudited() {
		String secadmin = TestAccounts.create(accounts, "manager", false, Role.SECURITY_ADMIN);
		TestAccounts.actAs(secadmin, Role.SECURITY_ADMIN);
		CreatedAccount created = accounts
			.create(new NewAccount(TestAccounts.uniqueName("staff"), "李四", Set.of(Role.HANDLER)));
		AccountId id = created.account().id();
		accounts.assignRoles(id, Set.of(Role.HANDLER, Role.DEPT_HEAD));
		accounts.disable(id);
		accounts.enable(id);
		accounts.unlock(id);
		String newPassword = accounts.resetPassword(id);

		assertThat(created.account().mustChangePassword()).isTrue();
		assertThat(newPassword).isNotEqualTo(created.oneTimePassword());
		assertThat(accounts.account(id).roles()).containsExactlyInAnyOrder(Role.HANDLER, Role.DEPT_HEAD);
		assertThat(jdbc.sql("select action from audit.entry where object_id = ? and actor = ? order by seq")
			.param(id.toString())
			.param(secadmin)
			.query(String.class)
			.list()).containsExactly("account.created", "account.roles-assigned", "account.disabled",
					"account.enabled", "account.unlocked", "account.password-reset");
	}

	@Test
	void anyoneButTheSecurityAdministratorIsRefusedTheAccountPagesWithAClearPage() throws Exception {
		String handler = TestAccounts.create(accounts, "adminpage", false, Role.HANDLER);
		RealBrowser browser = new RealBrowser(port);
		browser.signIn(handler, TestAccounts.PASSWORD);
		var result = browser.get("/accounts");
		assertThat(result.statusCode()).isEqualTo(403);
		assertThat(result.body()).contains("id=\"denied-reason\"", "没有执行此操作的权限");
	}

	@Test
	void theAccountPagesCreateAnAccountAndShowItsPasswordOnce() throws Exception {
		String secadmin = TestAccounts.create(accounts, "secpage", false, Role.HANDLER);
		TestAccounts.actAs("system-setup", Role.SECURITY_ADMIN);
		accounts.assignRoles(idOf(secadmin), Set.of(Role.SECURITY_ADMIN));
		accounts.enrolSecondFactor(idOf(secadmin), DemoAccounts.TOTP_SECRET);
		SecurityContextHolder.clearContext();
		Browser browser = new Browser(mvc);
		browser.signIn(secadmin, TestAccounts.PASSWORD);
		accountsWithoutSecondFactorStep(browser);

		String username = TestAccounts.uniqueName("viapage");
		String page = browser.perform(post("/accounts").param("username", username)
			.param("displayName", "陈七")
			.param("roles", "HANDLER")
			.with(csrf())).getResponse().getContentAsString();
		assertThat(page).contains("id=\"one-time-password\"");
		assertThat(browser.perform(get("/accounts").param("q", username)).getResponse().getContentAsString())
			.contains(username);

		String twoDuties = browser.perform(post("/accounts").param("username", TestAccounts.uniqueName("dual"))
			.param("displayName", "周八")
			.param("roles", "ADMIN", "AUDITOR")
			.with(csrf())).getResponse().getContentAsString();
		assertThat(twoDuties).contains("三员分立").doesNotContain("id=\"one-time-password\"");
	}

	@Test
	void theAccountPagesShowTheLastUseInChinaTime() throws Exception {
		String secadmin = TestAccounts.create(accounts, "seczone", false, Role.HANDLER);
		TestAccounts.actAs("system-setup", Role.SECURITY_ADMIN);
		accounts.assignRoles(idOf(secadmin), Set.of(Role.SECURITY_ADMIN));
		accounts.enrolSecondFactor(idOf(secadmin), DemoAccounts.TOTP_SECRET);
		String used = TestAccounts.create(accounts, "lastuse", false, Role.HANDLER);
		// 01:30 UTC is 09:30 in China, the same day
		jdbc.sql("update security.account set last_used_at = timestamptz '2026-03-02 01:30:00+00' where username = ?")
			.param(used)
			.update();
		SecurityContextHolder.clearContext();
		Browser browser = new Browser(mvc);
		browser.signIn(secadmin, TestAccounts.PASSWORD);
		accountsWithoutSecondFactorStep(browser);

		assertThat(browser.perform(get("/accounts").param("q", used)).getResponse().getContentAsString())
			.contains("2026-03-02 09:30")
			.doesNotContain("2026-03-02 01:30");
		assertThat(browser.perform(get("/accounts/" + idOf(used).value())).getResponse().getContentAsString())
			.contains("2026-03-02 09:30");
	}

	private void accountsWithoutSecondFactorStep(Browser browser) throws Exception {
		long step = Totp.stepAt(clock.instant());
		String code = Totp.code(Base32.decode(DemoAccounts.TOTP_SECRET), step, 6);
		assertThat(browser.perform(post("/login/second-factor").param("code", code).with(csrf()))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	private AccountId idOf(String username) {
		return accountRows.findByUsername(username).orElseThrow().id();
	}
}
