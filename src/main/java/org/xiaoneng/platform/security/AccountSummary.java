package org.xiaoneng.platform.security;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * What an administrator sees of an account; never its password or second-factor secret.
 *
 * @param id the account
 * @param username the sign-in name
 * @param displayName the name shown to people
 * @param roles its roles
 * @param enabled whether it may sign in
 * @param disabledReason why it is disabled ({@code ADMINISTRATOR} or {@code UNUSED}), or {@code null}
 * @param lockedUntil until when repeated failures keep it locked, or {@code null}
 * @param lastUsedAt its last successful sign-in or API call, or {@code null}
 * @param secondFactorEnrolled whether a TOTP authenticator is enrolled
 * @param mustChangePassword whether its next sign-in must start with a new password
 */
public record AccountSummary(AccountId id, String username, String displayName, Set<Role> roles, boolean enabled,
		String disabledReason, OffsetDateTime lockedUntil, OffsetDateTime lastUsedAt, boolean secondFactorEnrolled,
		boolean mustChangePassword) {

	public AccountSummary {
		roles = Set.copyOf(roles);
	}

	/** Whether it is locked at the given moment. */
	public boolean lockedAt(OffsetDateTime moment) {
		return lockedUntil != null && lockedUntil.isAfter(moment);
	}
}
