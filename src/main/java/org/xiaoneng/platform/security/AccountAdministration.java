package org.xiaoneng.platform.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * What is done to accounts rather than by them: creating them, their roles, enabling, unlocking and resetting, by
 * the security administrator or, for break glass, the server's console. Nobody manages their own account and no
 * account holds two administrator duties (三员分立, GB/T 22239-2019 level 3); every change is audited. Transactions
 * and the role checks are the facade's ({@link AccountManagement}).
 */
@Component
class AccountAdministration {

	static final String ONE_ADMINISTRATOR_DUTY = "security.duties.oneAdministratorDuty";

	static final String OWN_ACCOUNT = "security.duties.ownAccount";

	private static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,49}";

	private final Accounts accounts;

	private final SecondFactor secondFactor;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final Clock clock;

	AccountAdministration(Accounts accounts, SecondFactor secondFactor, PasswordPolicy passwordPolicy,
			PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
		this.accounts = accounts;
		this.secondFactor = secondFactor;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	CreatedAccount create(NewAccount account) {
		String password = passwordPolicy.randomPassword();
		AccountId id = createWithPassword(account, password, true);
		return new CreatedAccount(find(id).summary(), password);
	}

	AccountId createWithPassword(NewAccount account, String password, boolean mustChangePassword) {
		requireAtMostOneAdministratorDuty(account.roles());
		String username = SignIns.normalized(account.username());
		Assert.isTrue(username.matches(USERNAME), "A user name is 2 to 50 lower-case letters, digits, '.', '_' or '-'");
		Assert.hasText(account.displayName(), "displayName");
		List<String> violations = passwordPolicy.violations(password, username);
		if (!violations.isEmpty()) {
			throw new PasswordPolicyViolatedException(violations);
		}
		AccountId id = accounts.insert(username, account.displayName().strip(), passwordEncoder.encode(password),
				account.roles(), mustChangePassword, OffsetDateTime.now(clock));
		auditLog.record(new AuditEntry(SignIns.MODULE, "account.created", id.toString(), null,
				"username=" + username + ", roles=" + names(account.roles())));
		return id;
	}

	void changeDisplayName(AccountId id, String displayName) {
		Assert.hasText(displayName, "displayName");
		Account account = find(id);
		accounts.updateDisplayName(id, displayName.strip());
		auditLog.record(AuditEntry.of(SignIns.MODULE, "account.display-name-changed", account.id().toString()));
	}

	void assignRoles(AccountId id, Set<Role> roles) {
		Account account = othersAccount(id);
		requireAtMostOneAdministratorDuty(roles);
		accounts.updateRoles(id, roles);
		auditLog.record(new AuditEntry(SignIns.MODULE, "account.roles-assigned", id.toString(),
				names(account.roles()), names(roles)));
	}

	void disable(AccountId id) {
		Account account = othersAccount(id);
		if (account.enabled()) {
			accounts.disable(id, Account.DISABLED_BY_ADMINISTRATOR);
			auditLog.record(new AuditEntry(SignIns.MODULE, "account.disabled", id.toString(), "enabled", "disabled"));
		}
	}

	void enable(AccountId id) {
		Account account = othersAccount(id);
		if (!account.enabled()) {
			accounts.enable(id, OffsetDateTime.now(clock));
			auditLog.record(new AuditEntry(SignIns.MODULE, "account.enabled", id.toString(),
					"disabled (" + account.disabledReason() + ")", "enabled"));
		}
	}

	void unlock(AccountId id) {
		Account account = othersAccount(id);
		accounts.unlock(id);
		auditLog.record(new AuditEntry(SignIns.MODULE, "account.unlocked", id.toString(),
				"locked until " + account.lockedUntil() + ", " + account.failedAttempts() + " failures", "unlocked"));
	}

	String resetPassword(AccountId id) {
		othersAccount(id);
		String password = passwordPolicy.randomPassword();
		accounts.changePassword(id, passwordEncoder.encode(password), true, OffsetDateTime.now(clock));
		auditLog.record(AuditEntry.of(SignIns.MODULE, "account.password-reset", id.toString()));
		return password;
	}

	void resetSecondFactor(AccountId id) {
		Account account = othersAccount(id);
		accounts.resetSecondFactor(id);
		auditLog.record(new AuditEntry(SignIns.MODULE, "second-factor.reset", id.toString(),
				account.secondFactorEnrolled() ? "enrolled" : "not enrolled", "not enrolled"));
	}

	/** Enrols a known secret, e.g. the published demo secret. */
	void enrolSecondFactor(AccountId id, String base32Secret) {
		accounts.enrolSecondFactor(id, secondFactor.encrypt(base32Secret), null);
		auditLog.record(new AuditEntry(SignIns.MODULE, "second-factor.enrolled", id.toString(), "not enrolled",
				"enrolled"));
	}

	/** See {@link AccountManagement#breakGlass}: the console operator is the actor the audit log names. */
	String breakGlass(String username, String operator, boolean resetSecondFactor) {
		Account account = accounts.findByUsernameForUpdate(SignIns.normalized(username))
			.filter(found -> found.roles().stream().anyMatch(Role::isAdministratorDuty))
			.orElseThrow(AccountNotFoundException::new);
		String password = passwordPolicy.randomPassword();
		OffsetDateTime now = OffsetDateTime.now(clock);
		accounts.changePassword(account.id(), passwordEncoder.encode(password), true, now);
		accounts.unlock(account.id());
		if (!account.enabled()) {
			accounts.enable(account.id(), now);
		}
		if (resetSecondFactor) {
			accounts.resetSecondFactor(account.id());
		}
		auditLog.recordAs(operator, new AuditEntry(SignIns.MODULE, "account.break-glass-reset",
				account.id().toString(),
				"enabled=" + account.enabled() + ", lockedUntil=" + account.lockedUntil() + ", secondFactor="
						+ (account.secondFactorEnrolled() ? "enrolled" : "not enrolled"),
				"one-time password, must change it, enabled=true, lockedUntil=null, secondFactor="
						+ (account.secondFactorEnrolled() && !resetSecondFactor ? "enrolled" : "not enrolled")));
		return password;
	}

	Account find(AccountId id) {
		return accounts.findById(id).orElseThrow(AccountNotFoundException::new);
	}

	/** The account, if it is not the acting administrator's own: nobody manages their own account. */
	private Account othersAccount(AccountId id) {
		Account account = find(id);
		if (account.username().equals(CurrentSignIn.username())) {
			throw new SeparationOfDutiesViolatedException(OWN_ACCOUNT);
		}
		return account;
	}

	private static void requireAtMostOneAdministratorDuty(Set<Role> roles) {
		if (roles.stream().filter(Role::isAdministratorDuty).count() > 1) {
			throw new SeparationOfDutiesViolatedException(ONE_ADMINISTRATOR_DUTY);
		}
	}

	private static String names(Set<Role> roles) {
		return new TreeSet<>(roles.stream().map(Role::name).toList()).toString();
	}
}
