package org.xiaoneng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first accounts: without the demo profile the three separated administrators with one-time passwords printed
 * once; with it the published demo accounts. Each test empties the account table inside its own transaction, which
 * is rolled back afterwards.
 */
@IntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTests {

	private static final Pattern PRINTED = Pattern
		.compile("created account '(\\w+)' \\(\\[(\\w+)]\\) with the one-time password (\\S+)");

	@Autowired
	FirstStart firstStart;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Accounts accountRows;

	@Autowired
	SecuritySettings settings;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theFirstStartCreatesTheThreeAdministratorsWithOneTimePasswordsPrintedOnce(CapturedOutput output) {
		jdbc.sql("delete from security.account").update();
		int logBefore = output.getOut().length();
		assertThat(firstStart.createAdministratorsIfNoAccounts()).isTrue();

		Matcher printed = PRINTED.matcher(output.getOut().substring(logBefore));
		int count = 0;
		while (printed.find()) {
			count++;
			Account account = accountRows.findByUsername(printed.group(1)).orElseThrow();
			assertThat(account.roles()).containsExactly(Role.valueOf(printed.group(2)));
			assertThat(account.mustChangePassword()).isTrue();
			assertThat(passwordEncoder.matches(printed.group(3), account.passwordHash())).isTrue();
			assertThat(printed.group(3)).isNotEqualTo(DemoAccounts.PASSWORD);
		}
		assertThat(count).isEqualTo(3);
		assertThat(jdbc.sql("select username from security.account order by username").query(String.class).list())
			.containsExactly("admin", "auditor", "secadmin");
	}

	@Test
	void theSignInPageSaysWhereTheOneTimePasswordsAreUntilEveryAdministratorHasSignedIn() throws Exception {
		jdbc.sql("delete from security.account").update();
		firstStart.createAdministratorsIfNoAccounts();
		assertThat(loginPage()).contains("id=\"login-first-start\"", "reset-password");

		jdbc.sql("update security.account set last_used_at = now() where username in ('admin', 'secadmin')").update();
		assertThat(loginPage()).contains("id=\"login-first-start\"");

		jdbc.sql("update security.account set last_used_at = now() where username = 'auditor'").update();
		assertThat(loginPage()).doesNotContain("login-first-start");
	}

	@Test
	void theFirstStartCreatesNothingWhenAccountsExist() {
		long before = jdbc.sql("select count(*) from security.account").query(Long.class).single();
		assertThat(firstStart.createAdministratorsIfNoAccounts()).isFalse();
		assertThat(jdbc.sql("select count(*) from security.account").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theDemoProfileCreatesOneAccountPerRoleWithThePublishedSecrets() {
		jdbc.sql("delete from security.account").update();
		assertThat(new DemoAccounts(accounts, settings).createIfNoAccounts()).isTrue();

		List<String> usernames = jdbc.sql("select username from security.account order by id").query(String.class).list();
		assertThat(usernames).containsExactly("admin", "secadmin", "auditor", "supervisor", "leader", "depthead",
				"handler", "clerk", "editor");
		for (String username : usernames) {
			Account account = accountRows.findByUsername(username).orElseThrow();
			assertThat(passwordEncoder.matches(DemoAccounts.PASSWORD, account.passwordHash())).isTrue();
			assertThat(account.mustChangePassword()).isFalse();
			assertThat(account.secondFactorEnrolled()).isEqualTo(settings.secondFactorRequiredFor(account.roles()));
			assertThat(accounts.authenticateApiToken(DemoAccounts.apiToken(username)))
				.hasValueSatisfying(authentication -> assertThat(authentication.getName()).isEqualTo(username));
		}
		assertThat(accountRows.findByUsername("supervisor").orElseThrow().secondFactorEnrolled()).isTrue();
		assertThat(accountRows.findByUsername("handler").orElseThrow().secondFactorEnrolled()).isFalse();
	}

	private String loginPage() throws Exception {
		return mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
