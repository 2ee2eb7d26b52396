package org.xiaoneng.platform.security;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign-in log in {@code security.login_attempt}: every attempt, with the user name exactly as typed.
 */
@Repository
class LoginAttempts {

	/** Why an attempt succeeded or failed; stored as the reason. */
	enum Reason {
		SIGNED_IN, BAD_CREDENTIALS, UNKNOWN_ACCOUNT, LOCKED, DISABLED, UNUSED, SECOND_FACTOR_ACCEPTED,
		SECOND_FACTOR_REJECTED
	}

	private static final int MAX_USERNAME_LENGTH = 100;

	private final JdbcClient jdbc;

	LoginAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(OffsetDateTime at, String typedUsername, AccountId account, String remoteAddress, boolean succeeded,
			Reason reason) {
		jdbc.sql("""
				insert into security.login_attempt (attempted_at, username, account_id, remote_address, succeeded, reason)
				values (:at, :username, :account, :remote, :succeeded, :reason)
				""")
			.param("at", at)
			.param("username", truncated(typedUsername))
			.param("account", account == null ? null : account.value())
			.param("remote", remoteAddress)
			.param("succeeded", succeeded)
			.param("reason", reason.name())
			.update();
	}

	/** Failed attempts for a user name that belongs to no account, since the given moment. */
	int unknownAccountFailuresSince(String normalizedUsername, OffsetDateTime since) {
		return jdbc.sql("""
				select count(*) from security.login_attempt
				where lower(username) = :username and attempted_at > :since and account_id is null and reason = :reason
				""")
			.param("username", truncated(normalizedUsername))
			.param("since", since)
			.param("reason", Reason.UNKNOWN_ACCOUNT.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * Deletes at most {@code batch} attempts older than the given moment and says how many went: a short statement each,
	 * so that pruning a large log never holds a long transaction over the table sign-in writes to.
	 */
	int deleteBefore(OffsetDateTime before, int batch) {
		return jdbc.sql("""
				delete from security.login_attempt where ctid = any (array(
				  select ctid from security.login_attempt where attempted_at < :before limit :batch))
				""")
			.param("before", before)
			.param("batch", batch)
			.update();
	}

	static String truncated(String username) {
		return username.length() <= MAX_USERNAME_LENGTH ? username : username.substring(0, MAX_USERNAME_LENGTH);
	}
}
