package org.xiaoneng.platform.security;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a real installation (no accounts yet, no demo profile) creates the three separated
 * administrators (三员分立): {@code admin}, {@code secadmin} and {@code auditor}, each with a random password printed
 * once to the log and to be changed at first sign-in. There is never a built-in default password; a lost log is
 * mended with the break-glass command ({@link BreakGlassCommand}).
 */
@Component
// before any console command, which may look for the accounts made here
@Order(BreakGlassCommand.ORDER - 1)
@Profile("!demo")
class FirstStart implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

	static final List<NewAccount> ADMINISTRATORS = List.of(
			new NewAccount("admin", "系统管理员", Set.of(Role.ADMIN)),
			new NewAccount("secadmin", "安全管理员", Set.of(Role.SECURITY_ADMIN)),
			new NewAccount("auditor", "安全审计员", Set.of(Role.AUDITOR)));

	private final AccountManagement accounts;

	private final PasswordPolicy passwordPolicy;

	FirstStart(AccountManagement accounts, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		createAdministratorsIfNoAccounts();
	}

	/** Returns whether it created them. */
	@Transactional
	public boolean createAdministratorsIfNoAccounts() {
		if (!accounts.noAccountsYet()) {
			return false;
		}
		for (NewAccount administrator : ADMINISTRATORS) {
			String password = passwordPolicy.randomPassword();
			accounts.createWithPassword(administrator, password, true);
			LOG.warn("First start: created account '{}' ({}) with the one-time password {} — it is shown only now "
					+ "and must be changed at first sign-in; if this log is lost, start the application on the server "
					+ "with the arguments '" + BreakGlassCommand.NAME + " {}' for a new one (README, Production)",
					administrator.username(),
					administrator.roles(), password, administrator.username());
		}
		return true;
	}
}
