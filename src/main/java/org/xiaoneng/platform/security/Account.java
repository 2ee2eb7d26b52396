package org.xiaoneng.platform.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An account as stored, with its secrets: the password hash and the SM4-encrypted TOTP secrets.
 */
record Account(AccountId id, String username, String displayName, String passwordHash, Set<Role> roles,
		boolean enabled, String disabledReason, boolean mustChangePassword, int failedAttempts,
		int secondFactorFailures, OffsetDateTime lockedUntil, String totpSecret, String totpPendingSecret, Long totpLastStep,
		OffsetDateTime createdAt, OffsetDateTime passwordChangedAt, OffsetDateTime lastUsedAt) {

	static final String DISABLED_BY_ADMINISTRATOR = "ADMINISTRATOR";

	static final String DISABLED_UNUSED = "UNUSED";

	Account {
		roles = Set.copyOf(roles);
	}

	boolean lockedAt(OffsetDateTime moment) {
		return lockedUntil != null && lockedUntil.isAfter(moment);
	}

	/** A lock that has run out no longer counts, and neither do the failures that caused it. */
	int failuresStillCountingAt(OffsetDateTime moment) {
		return lockRanOutAt(moment) ? 0 : failedAttempts;
	}

	/**
	 * Wrong one-time codes, counted apart from wrong passwords so that a right password does not reset them; like
	 * those, they stop counting when the lock they caused has run out.
	 */
	int secondFactorFailuresStillCountingAt(OffsetDateTime moment) {
		return lockRanOutAt(moment) ? 0 : secondFactorFailures;
	}

	private boolean lockRanOutAt(OffsetDateTime moment) {
		return lockedUntil != null && !lockedUntil.isAfter(moment);
	}

	/** Not signed in (or, for a new account, not created) within the limit: GB/T 22239 8.1.4.2 d, 多余的、过期的账户. */
	boolean unusedAt(OffsetDateTime moment, Duration limit) {
		OffsetDateTime lastActivity = lastUsedAt != null ? lastUsedAt : createdAt;
		return lastActivity.plus(limit).isBefore(moment);
	}

	boolean secondFactorEnrolled() {
		return totpSecret != null;
	}

	List<GrantedAuthority> authorities() {
		return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
	}

	AccountSummary summary() {
		return new AccountSummary(id, username, displayName, roles, enabled, disabledReason, lockedUntil, lastUsedAt,
				secondFactorEnrolled(), mustChangePassword);
	}
}
