package org.xiaoneng.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;
import org.xiaoneng.platform.security.LoginAttempts.Reason;

/**
 * Checks sign-in attempts and keeps the lockout (GB/T 22239-2019 8.1.4.1 b, 登录失败处理): after
 * {@code maxFailedAttempts} consecutive failures an account is locked for {@code lockDuration}, and while locked
 * even the right password is refused. Every attempt is written to the sign-in log and the audit log in the same
 * transaction; the outcome is returned rather than thrown so that a failure is committed, not rolled back.
 */
@Component
class SignIns {

	static final String MODULE = "security";

	/** The lock name of this module's sweep and the name its skipped rows are logged under. */
	static final String SWEEP = "security.unused-accounts";

	static final String SYSTEM_ACTOR = "system";

	/** What came of an attempt, with the account when one was found. */
	record Outcome(Reason reason, Account account) {

		boolean succeeded() {
			return reason == Reason.SIGNED_IN;
		}
	}

	private final Accounts accounts;

	private final LoginAttempts attempts;

	private final AuditLog auditLog;

	private final PasswordEncoder passwordEncoder;

	private final SecuritySettings settings;

	private final Clock clock;

	// Compared against for unknown user names, so that they take as long as known ones.
	private final String unknownAccountHash;

	private final Sweeps sweeps;

	SignIns(Accounts accounts, LoginAttempts attempts, AuditLog auditLog, PasswordEncoder passwordEncoder,
			SecuritySettings settings, Clock clock, Sweeps sweeps) {
		this.sweeps = sweeps;
		this.accounts = accounts;
		this.attempts = attempts;
		this.auditLog = auditLog;
		this.passwordEncoder = passwordEncoder;
		this.settings = settings;
		this.clock = clock;
		this.unknownAccountHash = passwordEncoder.encode("no account has this password");
	}

	/** How long an account stays locked after too many failures. */
	Duration lockDuration() {
		return settings.lockDuration();
	}

	static String normalized(String typedUsername) {
		return typedUsername == null ? "" : typedUsername.strip().toLowerCase(Locale.ROOT);
	}

	@Transactional
	public Outcome attempt(String typedUsername, String password, String remoteAddress) {
		String typed = typedUsername == null ? "" : typedUsername;
		OffsetDateTime now = OffsetDateTime.now(clock);
		Account account = accounts.findByUsernameForUpdate(normalized(typed)).orElse(null);
		if (account == null) {
			passwordEncoder.matches(password, unknownAccountHash);
			// An unknown name is "locked" after as many failures as a real one, so the messages never tell them apart.
			boolean looksLocked = attempts.unknownAccountFailuresSince(normalized(typed),
					now.minus(settings.lockDuration())) >= settings.maxFailedAttempts();
			log(now, typed, null, remoteAddress, Reason.UNKNOWN_ACCOUNT);
			return new Outcome(looksLocked ? Reason.LOCKED : Reason.BAD_CREDENTIALS, null);
		}
		if (account.lockedAt(now)) {
			log(now, typed, account, remoteAddress, Reason.LOCKED);
			return new Outcome(Reason.LOCKED, account);
		}
		if (password == null || !passwordEncoder.matches(password, account.passwordHash())) {
			countFailure(account, now);
			log(now, typed, account, remoteAddress, Reason.BAD_CREDENTIALS);
			return new Outcome(Reason.BAD_CREDENTIALS, account);
		}
		if (!account.enabled()) {
			log(now, typed, account, remoteAddress, Reason.DISABLED);
			return new Outcome(Reason.DISABLED, account);
		}
		if (account.unusedAt(now, settings.unusedAccountLimit())) {
			disableUnused(account);
			log(now, typed, account, remoteAddress, Reason.UNUSED);
			return new Outcome(Reason.UNUSED, account);
		}
		accounts.recordUse(account.id(), now);
		log(now, typed, account, remoteAddress, Reason.SIGNED_IN);
		return new Outcome(Reason.SIGNED_IN, accounts.findById(account.id()).orElseThrow());
	}

	/**
	 * Counts a wrong second-factor code towards a lockout of its own (the same limit as for passwords, a count a
	 * right password does not reset); returns whether the account is now locked.
	 */
	@Transactional
	public boolean secondFactorRejected(AccountId id, String remoteAddress) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Account account = accounts.findByIdForUpdate(id).orElseThrow();
		int failures = account.secondFactorFailuresStillCountingAt(now) + 1;
		boolean locked = failures >= settings.maxFailedAttempts();
		accounts.recordSecondFactorFailures(account.id(), failures, locked ? now.plus(settings.lockDuration()) : null);
		if (locked) {
			auditLocked(account, now, failures + " wrong one-time codes");
		}
		log(now, account.username(), account, remoteAddress, Reason.SECOND_FACTOR_REJECTED);
		return locked;
	}

	@Transactional
	public void secondFactorAccepted(AccountId id, String remoteAddress) {
		Account account = accounts.findByIdForUpdate(id).orElseThrow();
		OffsetDateTime now = OffsetDateTime.now(clock);
		accounts.recordSecondFactorUse(id, now);
		log(now, account.username(), account, remoteAddress, Reason.SECOND_FACTOR_ACCEPTED);
	}

	/** Disables every enabled account unused for longer than the limit, each on its own; counts them. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount disableUnusedAccounts() {
		OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(settings.unusedAccountLimit());
		return sweeps.each(SWEEP, accounts.findEnabledUnusedSince(cutoff), Account::id, this::disableUnused);
	}

	/** Only the run that disables the account records it, so a second node's run adds no second audit entry. */
	private boolean disableUnused(Account account) {
		if (!accounts.disableIfEnabled(account.id(), Account.DISABLED_UNUSED)) {
			return false;
		}
		auditLog.recordAs(SYSTEM_ACTOR, new AuditEntry(MODULE, "account.disabled-unused",
				account.id().toString(), "enabled", "disabled, last used " + account.lastUsedAt()));
		return true;
	}

	private boolean countFailure(Account account, OffsetDateTime now) {
		int failures = account.failuresStillCountingAt(now) + 1;
		boolean locks = failures >= settings.maxFailedAttempts();
		accounts.recordFailures(account.id(), failures, locks ? now.plus(settings.lockDuration()) : null);
		if (locks) {
			auditLocked(account, now, failures + " failures");
		}
		return locks;
	}

	private void auditLocked(Account account, OffsetDateTime now, String cause) {
		auditLog.recordAs(SYSTEM_ACTOR, new AuditEntry(MODULE, "account.locked", account.id().toString(), null,
				"locked until " + now.plus(settings.lockDuration()) + " after " + cause));
	}

	private void log(OffsetDateTime now, String typed, Account account, String remoteAddress, Reason reason) {
		boolean succeeded = reason == Reason.SIGNED_IN || reason == Reason.SECOND_FACTOR_ACCEPTED;
		attempts.record(now, typed, account == null ? null : account.id(), remoteAddress, succeeded, reason);
		auditLog.recordAs(LoginAttempts.truncated(typed),
				new AuditEntry(MODULE, succeeded ? "sign-in.succeeded" : "sign-in.failed",
						account == null ? null : account.id().toString(), null,
						"reason=" + reason + ", remote=" + remoteAddress));
	}
}
