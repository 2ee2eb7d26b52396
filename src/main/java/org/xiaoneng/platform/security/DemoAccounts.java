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
 * The demo profile's accounts, one per role, with the published demo password, a published TOTP secret for the
 * roles that need a second factor and one published API token each (all listed in the README). Never in production:
 * everything here is public knowledge.
 */
@Component
// before any console command, which may look for the accounts made here
@Order(BreakGlassCommand.ORDER - 1)
@Profile("demo")
class DemoAccounts implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

	static final String PASSWORD = "Xiaoneng@2026";

	/** Base32 of "Hello!\xDE\xAD\xBE\xEF" twice: 160 bits, the secret authenticator examples commonly use. */
	static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	static final List<NewAccount> ACCOUNTS = List.of(
			new NewAccount("admin", "系统管理员（演示）", Set.of(Role.ADMIN)),
			new NewAccount("secadmin", "安全管理员（演示）", Set.of(Role.SECURITY_ADMIN)),
			new NewAccount("auditor", "安全审计员（演示）", Set.of(Role.AUDITOR)),
			new NewAccount("supervisor", "效能监督员（演示）", Set.of(Role.SUPERVISOR)),
			new NewAccount("leader", "分管领导（演示）", Set.of(Role.LEADER)),
			new NewAccount("depthead", "科室负责人（演示）", Set.of(Role.DEPT_HEAD)),
			new NewAccount("handler", "承办人（演示）", Set.of(Role.HANDLER)),
			new NewAccount("clerk", "窗口工作人员（演示）", Set.of(Role.WINDOW_CLERK)),
			new NewAccount("editor", "政务公开编辑（演示）", Set.of(Role.DISCLOSURE_EDITOR)));

	private final AccountManagement accounts;

	private final SecuritySettings settings;

	DemoAccounts(AccountManagement accounts, SecuritySettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	/** The published API token of a demo account. */
	static String apiToken(String username) {
		return "xnt_demo_" + username + "_2026";
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		createIfNoAccounts();
	}

	/** Returns whether it created them. */
	@Transactional
	public boolean createIfNoAccounts() {
		if (!accounts.noAccountsYet()) {
			return false;
		}
		for (NewAccount account : ACCOUNTS) {
			AccountId id = accounts.createWithPassword(account, PASSWORD, false);
			if (settings.secondFactorRequiredFor(account.roles())) {
				accounts.enrolSecondFactor(id, TOTP_SECRET);
			}
			accounts.issueApiToken(id, "demo", apiToken(account.username()));
		}
		LOG.warn("Demo profile: created {} demo accounts with the published password; never use this profile in "
				+ "production", ACCOUNTS.size());
		return true;
	}
}
