package org.xiaoneng.platform.security;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules. The defaults follow GB/T 22239-2019 level 3 (identification and authentication, 8.1.4.1).
 *
 * @param maxFailedAttempts consecutive failures (password or second factor) that lock an account
 * @param lockDuration how long a lock lasts
 * @param unusedAccountLimit an account not used for this long is disabled
 * @param minPasswordLength the shortest password accepted
 * @param secondFactorRoles roles whose holders must pass a TOTP second factor
 * @param totpIssuer the issuer name an authenticator app shows next to the account
 */
@ConfigurationProperties("xiaoneng.security")
record SecuritySettings(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("30m") Duration lockDuration,
		@DefaultValue("90d") Duration unusedAccountLimit, @DefaultValue("10") int minPasswordLength,
		@DefaultValue({ "ADMIN", "SECURITY_ADMIN", "AUDITOR", "SUPERVISOR" }) Set<Role> secondFactorRoles,
		@DefaultValue("Xiaoneng") String totpIssuer) {

	boolean secondFactorRequiredFor(Set<Role> roles) {
		return roles.stream().anyMatch(secondFactorRoles::contains);
	}
}
