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
 * @param loginAttemptRetention how long the sign-in log keeps an attempt; at least six months, as 网络安全法 第二十一条
 *        (三) requires of network logs
 */
@ConfigurationProperties("xiaoneng.security")
record SecuritySettings(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("30m") Duration lockDuration,
		@DefaultValue("90d") Duration unusedAccountLimit, @DefaultValue("10") int minPasswordLength,
		@DefaultValue({ "ADMIN", "SECURITY_ADMIN", "AUDITOR", "SUPERVISOR" }) Set<Role> secondFactorRoles,
		@DefaultValue("Xiaoneng") String totpIssuer, @DefaultValue("365d") Duration loginAttemptRetention) {

	/** 网络安全法 第二十一条 (三): 留存相关的网络日志不少于六个月; six calendar months are at most 184 days. */
	static final Duration SHORTEST_LOG_RETENTION = Duration.ofDays(184);

	SecuritySettings {
		if (loginAttemptRetention.compareTo(SHORTEST_LOG_RETENTION) < 0) {
			throw new IllegalArgumentException("xiaoneng.security.login-attempt-retention is "
					+ loginAttemptRetention.toDays() + " days; the law (网络安全法 第二十一条) requires network logs to be "
					+ "kept at least six months (" + SHORTEST_LOG_RETENTION.toDays() + " days)");
		}
	}

	boolean secondFactorRequiredFor(Set<Role> roles) {
		return roles.stream().anyMatch(secondFactorRoles::contains);
	}
}
