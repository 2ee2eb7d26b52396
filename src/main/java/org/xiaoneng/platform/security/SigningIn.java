package org.xiaoneng.platform.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The steps of a sign-in after the password: enrolling and checking the second factor, and changing a password that
 * must be changed. Each step that passes moves the sign-in on in the security context. Transactions are the
 * facade's ({@link AccountManagement}).
 */
@Component
class SigningIn {

	static final String CURRENT_PASSWORD_WRONG = "security.password.currentWrong";

	static final String SAME_AS_CURRENT = "security.password.sameAsCurrent";

	private final Accounts accounts;

	private final SignIns signIns;

	private final SignInStages stages;

	private final SecondFactor secondFactor;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final Clock clock;

	SigningIn(Accounts accounts, SignIns signIns, SignInStages stages, SecondFactor secondFactor,
			PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
		this.accounts = accounts;
		this.signIns = signIns;
		this.stages = stages;
		this.secondFactor = secondFactor;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The secret to enrol (the same one until it is confirmed, so reloading the page keeps the scanned QR valid). */
	SecondFactorEnrolment startSecondFactorEnrolment() {
		Account account = CurrentSignIn.account(accounts, SignInStep.SECOND_FACTOR_ENROLMENT);
		String encrypted = account.totpPendingSecret();
		if (encrypted == null) {
			encrypted = secondFactor.newEncryptedSecret();
			accounts.proposeSecondFactorSecret(account.id(), encrypted);
		}
		return secondFactor.enrolmentFor(account.username(), encrypted);
	}

	SignInStep confirmSecondFactorEnrolment(String code) {
		Account account = CurrentSignIn.account(accounts, SignInStep.SECOND_FACTOR_ENROLMENT);
		OptionalLong step = secondFactor.matchingStep(account.totpPendingSecret(), code);
		if (step.isEmpty()) {
			throw rejected(account);
		}
		accounts.enrolSecondFactor(account.id(), account.totpPendingSecret(), step.getAsLong());
		auditLog.record(new AuditEntry(SignIns.MODULE, "second-factor.enrolled", account.id().toString(),
				"not enrolled", "enrolled"));
		signIns.secondFactorAccepted(account.id(), CurrentSignIn.remoteAddress());
		return advance(account.id(), true);
	}

	SignInStep confirmSecondFactor(String code) {
		Account account = CurrentSignIn.account(accounts, SignInStep.SECOND_FACTOR);
		OptionalLong step = secondFactor.matchingStep(account.totpSecret(), code);
		if (step.isEmpty() || !accounts.useSecondFactorStep(account.id(), step.getAsLong())) {
			throw rejected(account);
		}
		signIns.secondFactorAccepted(account.id(), CurrentSignIn.remoteAddress());
		return advance(account.id(), true);
	}

	SignInStep changeOwnPassword(String currentPassword, String newPassword) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean pending = authentication instanceof PendingSignIn;
		Account account = CurrentSignIn.account(accounts, pending ? SignInStep.PASSWORD_CHANGE : SignInStep.DONE);
		List<String> violations = new ArrayList<>();
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
			violations.add(CURRENT_PASSWORD_WRONG);
		}
		else if (currentPassword.equals(newPassword)) {
			violations.add(SAME_AS_CURRENT);
		}
		violations.addAll(passwordPolicy.violations(newPassword, account.username()));
		if (!violations.isEmpty()) {
			throw new PasswordPolicyViolatedException(violations);
		}
		accounts.changePassword(account.id(), passwordEncoder.encode(newPassword), false, OffsetDateTime.now(clock));
		auditLog.record(AuditEntry.of(SignIns.MODULE, "account.password-changed", account.id().toString()));
		return pending ? advance(account.id(), ((PendingSignIn) authentication).secondFactorPassed())
				: SignInStep.DONE;
	}

	private SecondFactorRejectedException rejected(Account account) {
		boolean locked = signIns.secondFactorRejected(account.id(), CurrentSignIn.remoteAddress());
		return new SecondFactorRejectedException(locked);
	}

	/** Moves the current sign-in on after a step and puts the resulting authentication in the security context. */
	private SignInStep advance(AccountId id, boolean secondFactorPassed) {
		Account account = accounts.findById(id).orElseThrow(AccountNotFoundException::new);
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		Authentication next = stages.authenticationFor(account, secondFactorPassed, current.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(next);
		SecurityContextHolder.setContext(context);
		return next instanceof PendingSignIn pending ? pending.step() : SignInStep.DONE;
	}
}
