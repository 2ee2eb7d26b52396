package org.xiaoneng.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The accounts in {@code security.account}. Counters and locks are changed under a row lock
 * ({@link #findByUsernameForUpdate}) so that parallel sign-in attempts cannot lose a failure.
 */
@Repository
class Accounts {

	static final String COLUMNS = """
			id, username, display_name, password_hash, roles, enabled, disabled_reason, must_change_password,
			failed_attempts, second_factor_failures, locked_until, totp_secret, totp_pending_secret, totp_last_step, created_at,
			password_changed_at, last_used_at
			""";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from security.account where username = :username")
			.param("username", username)
			.query(Accounts::map)
			.optional();
	}

	Optional<Account> findByUsernameForUpdate(String username) {
		return jdbc.sql("select " + COLUMNS + " from security.account where username = :username for update")
			.param("username", username)
			.query(Accounts::map)
			.optional();
	}

	Optional<Account> findById(AccountId id) {
		return jdbc.sql("select " + COLUMNS + " from security.account where id = :id")
			.param("id", id.value())
			.query(Accounts::map)
			.optional();
	}

	Optional<Account> findByIdForUpdate(AccountId id) {
		return jdbc.sql("select " + COLUMNS + " from security.account where id = :id for update")
			.param("id", id.value())
			.query(Accounts::map)
			.optional();
	}

	/** Accounts whose user name or display name contains the text, by user name; all when the text is blank. */
	List<Account> search(String text, int limit) {
		String pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("select " + COLUMNS + """
				 from security.account
				 where username ilike :pattern or display_name ilike :pattern
				 order by username limit :limit
				""")
			.param("pattern", pattern)
			.param("limit", limit)
			.query(Accounts::map)
			.list();
	}

	/** Enabled accounts last active before the cutoff (never-used accounts count from their creation). */
	/** The user names of the enabled accounts that hold the role, in order. */
	List<String> enabledUsernamesWithRole(Role role) {
		return jdbc.sql("select username from security.account where enabled and :role = any (roles) order by username")
			.param("role", role.name())
			.query(String.class)
			.list();
	}

	List<Account> findEnabledUnusedSince(OffsetDateTime cutoff) {
		return jdbc.sql("select " + COLUMNS + """
				 from security.account
				 where enabled and coalesce(last_used_at, created_at) < :cutoff
				 order by id
				""")
			.param("cutoff", cutoff)
			.query(Accounts::map)
			.list();
	}

	/** Takes the table lock that makes "create the first accounts if there are none" safe on several nodes. */
	boolean noneExistLocked() {
		jdbc.sql("lock table security.account in share row exclusive mode").update();
		return jdbc.sql("select not exists (select 1 from security.account)").query(Boolean.class).single();
	}

	/** Whether an administrator has never signed in with the one-time password of the first start. */
	boolean administratorAwaitingFirstSignIn() {
		return jdbc.sql("""
				select exists (select 1 from security.account
				               where roles && array['ADMIN', 'SECURITY_ADMIN', 'AUDITOR']
				                 and must_change_password and last_used_at is null)
				""").query(Boolean.class).single();
	}

	AccountId insert(String username, String displayName, String passwordHash, Set<Role> roles,
			boolean mustChangePassword, OffsetDateTime now) {
		try {
			long id = jdbc.sql("""
					insert into security.account (username, display_name, password_hash, roles, must_change_password,
					                              created_at, password_changed_at)
					values (:username, :displayName, :hash, string_to_array(:roles, ','), :mustChange, :now, :now)
					returning id
					""")
				.param("username", username)
				.param("displayName", displayName)
				.param("hash", passwordHash)
				.param("roles", joined(roles))
				.param("mustChange", mustChangePassword)
				.param("now", now)
				.query(Long.class)
				.single();
			return new AccountId(id);
		}
		catch (DuplicateKeyException e) {
			throw new UsernameTakenException();
		}
	}

	void updateRoles(AccountId id, Set<Role> roles) {
		jdbc.sql("update security.account set roles = string_to_array(:roles, ',') where id = :id")
			.param("roles", joined(roles))
			.param("id", id.value())
			.update();
	}

	void updateDisplayName(AccountId id, String displayName) {
		jdbc.sql("update security.account set display_name = :displayName where id = :id")
			.param("displayName", displayName)
			.param("id", id.value())
			.update();
	}

	void disable(AccountId id, String reason) {
		jdbc.sql("update security.account set enabled = false, disabled_reason = :reason where id = :id")
			.param("reason", reason)
			.param("id", id.value())
			.update();
	}

	/** Disables the account unless it is disabled already; returns whether this call disabled it. */
	boolean disableIfEnabled(AccountId id, String reason) {
		return jdbc.sql("update security.account set enabled = false, disabled_reason = :reason where id = :id and enabled")
			.param("reason", reason)
			.param("id", id.value())
			.update() == 1;
	}

	/** Enabling counts as use, so that an account re-enabled after disuse is not disabled again the next night. */
	void enable(AccountId id, OffsetDateTime now) {
		jdbc.sql("""
				update security.account set enabled = true, disabled_reason = null, last_used_at = :now where id = :id
				""")
			.param("now", now)
			.param("id", id.value())
			.update();
	}

	void recordFailures(AccountId id, int failedAttempts, OffsetDateTime lockedUntil) {
		jdbc.sql("update security.account set failed_attempts = :failures, locked_until = :lockedUntil where id = :id")
			.param("failures", failedAttempts)
			.param("lockedUntil", lockedUntil)
			.param("id", id.value())
			.update();
	}

	void recordSecondFactorFailures(AccountId id, int failures, OffsetDateTime lockedUntil) {
		jdbc.sql("""
				update security.account set second_factor_failures = :failures, locked_until = :lockedUntil where id = :id
				""")
			.param("failures", failures)
			.param("lockedUntil", lockedUntil)
			.param("id", id.value())
			.update();
	}

	/**
	 * A right password ends the run of wrong passwords, not the run of wrong one-time codes: those end only with a
	 * right code ({@link #recordSecondFactorUse}), or a password holder could guess codes without end.
	 */
	void recordUse(AccountId id, OffsetDateTime now) {
		jdbc.sql("""
				update security.account set failed_attempts = 0, locked_until = null, last_used_at = :now where id = :id
				""")
			.param("now", now)
			.param("id", id.value())
			.update();
	}

	/**
	 * An API call counts as use of the account, without touching the sign-in failure count; to the minute (see
	 * {@link ApiTokenIssuing#USE_GRANULARITY}), so that only a call a minute or more after the stored use writes.
	 */
	void markUsed(AccountId id, OffsetDateTime now) {
		jdbc.sql("""
				update security.account set last_used_at = :now
				 where id = :id and (last_used_at is null or last_used_at <= :stale)
				""")
			.param("now", now)
			.param("stale", now.minus(ApiTokenIssuing.USE_GRANULARITY))
			.param("id", id.value())
			.update();
	}

	void recordSecondFactorUse(AccountId id, OffsetDateTime now) {
		jdbc.sql("""
				update security.account
				set failed_attempts = 0, second_factor_failures = 0, locked_until = null, last_used_at = :now
				where id = :id
				""")
			.param("now", now)
			.param("id", id.value())
			.update();
	}

	void unlock(AccountId id) {
		jdbc.sql("""
				update security.account set failed_attempts = 0, second_factor_failures = 0, locked_until = null
				where id = :id
				""")
			.param("id", id.value())
			.update();
	}

	void changePassword(AccountId id, String passwordHash, boolean mustChangePassword, OffsetDateTime now) {
		jdbc.sql("""
				update security.account
				set password_hash = :hash, must_change_password = :mustChange, password_changed_at = :now
				where id = :id
				""")
			.param("hash", passwordHash)
			.param("mustChange", mustChangePassword)
			.param("now", now)
			.param("id", id.value())
			.update();
	}

	void proposeSecondFactorSecret(AccountId id, String encryptedSecret) {
		jdbc.sql("update security.account set totp_pending_secret = :secret where id = :id")
			.param("secret", encryptedSecret)
			.param("id", id.value())
			.update();
	}

	void enrolSecondFactor(AccountId id, String encryptedSecret, Long usedStep) {
		jdbc.sql("""
				update security.account
				set totp_secret = :secret, totp_pending_secret = null, totp_last_step = :step
				where id = :id
				""")
			.param("secret", encryptedSecret)
			.param("step", usedStep)
			.param("id", id.value())
			.update();
	}

	void resetSecondFactor(AccountId id) {
		jdbc.sql("""
				update security.account
				set totp_secret = null, totp_pending_secret = null, totp_last_step = null
				where id = :id
				""")
			.param("id", id.value())
			.update();
	}

	/** Marks a TOTP time step as used; false when it (or a later one) was used already, i.e. a replay. */
	boolean useSecondFactorStep(AccountId id, long step) {
		return jdbc.sql("""
				update security.account set totp_last_step = :step
				where id = :id and (totp_last_step is null or totp_last_step < :step)
				""")
			.param("step", step)
			.param("id", id.value())
			.update() == 1;
	}

	private static String joined(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	static Account map(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
		return new Account(new AccountId(rs.getLong("id")), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), roles, rs.getBoolean("enabled"), rs.getString("disabled_reason"),
				rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"), rs.getInt("second_factor_failures"),
				rs.getObject("locked_until", OffsetDateTime.class), rs.getString("totp_secret"),
				rs.getString("totp_pending_secret"), rs.getObject("totp_last_step", Long.class),
				rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("password_changed_at", OffsetDateTime.class),
				rs.getObject("last_used_at", OffsetDateTime.class));
	}
}
