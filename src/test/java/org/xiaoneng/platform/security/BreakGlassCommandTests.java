package org.xiaoneng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The break-glass command {@code reset-password}: from the server's console an operator issues a new one-time
 * password for an administrator who cannot sign in; it is printed on that console, and the audit log names the
 * operator. Each test runs in a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class BreakGlassCommandTests {

	/** The password is the last word of the message's first line, in Chinese and English alike. */
	private static final Pattern ISSUED = Pattern.compile("[:：]\\s*(\\S+)\\R");

	@Autowired
	BreakGlassCommand command;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Accounts accountRows;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLockedAndDisabledAdministratorGetsAOneTimePasswordOnTheConsoleAndTheOperatorIsAudited(CapturedOutput output) {
		String username = TestAccounts.create(accounts, "glass", false, Role.SECURITY_ADMIN);
		Account before = accountRows.findByUsername(username).orElseThrow();
		accountRows.recordFailures(before.id(), 5, OffsetDateTime.now().plusHours(1));
		accountRows.disable(before.id(), Account.DISABLED_UNUSED);
		int consoleBefore = output.getOut().length();

		command.run(new DefaultApplicationArguments(BreakGlassCommand.NAME, username));

		assertThat(command.getExitCode()).isZero();
		Matcher issued = ISSUED.matcher(output.getOut().substring(consoleBefore));
		assertThat(issued.find()).as("the password on the console").isTrue();
		String password = issued.group(1);
		Account after = accountRows.findByUsername(username).orElseThrow();
		assertThat(passwordEncoder.matches(password, after.passwordHash())).isTrue();
		assertThat(after.mustChangePassword()).isTrue();
		assertThat(after.enabled()).isTrue();
		assertThat(after.lockedAt(OffsetDateTime.now())).isFalse();
		assertThat(after.failedAttempts()).isZero();
		assertThat(jdbc.sql("""
				select actor from audit.entry where action = 'account.break-glass-reset' and object_id = :id
				""").param("id", after.id().toString()).query(String.class).single())
			.isEqualTo(BreakGlassCommand.operator())
			.startsWith("console:" + System.getProperty("user.name") + "@");
		assertThat(output.getAll()).containsOnlyOnce(password);
	}

	@Test
	void theSecondFactorIsResetOnlyWhenAsked() {
		String username = TestAccounts.create(accounts, "glass", false, Role.AUDITOR);
		accounts.enrolSecondFactor(accountRows.findByUsername(username).orElseThrow().id(),
				"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

		command.run(new DefaultApplicationArguments(BreakGlassCommand.NAME, username));
		assertThat(accountRows.findByUsername(username).orElseThrow().secondFactorEnrolled()).isTrue();

		command.run(new DefaultApplicationArguments(BreakGlassCommand.NAME, username,
				"--" + BreakGlassCommand.RESET_SECOND_FACTOR));
		assertThat(accountRows.findByUsername(username).orElseThrow().secondFactorEnrolled()).isFalse();
	}

	@Test
	void anAccountWithoutAnAdministratorDutyIsRefusedAndNothingChanges(CapturedOutput output) {
		String username = TestAccounts.create(accounts, "glass", false, Role.HANDLER);
		String hash = accountRows.findByUsername(username).orElseThrow().passwordHash();

		command.run(new DefaultApplicationArguments(BreakGlassCommand.NAME, username));

		assertThat(command.getExitCode()).isEqualTo(1);
		assertThat(output.getErr()).contains(username);
		assertThat(accountRows.findByUsername(username).orElseThrow().passwordHash()).isEqualTo(hash);
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'account.break-glass-reset'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void anIncompleteCommandShowsItsUsage(CapturedOutput output) {
		command.run(new DefaultApplicationArguments(BreakGlassCommand.NAME));

		assertThat(command.getExitCode()).isEqualTo(2);
		assertThat(output.getErr()).contains("reset-password <");
	}
}
