package org.xiaoneng.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal API tokens in {@code security.api_token}, found by the SM3 digest of their value.
 */
@Repository
class ApiTokens {

	/** A token found by its digest, with its owner's account. */
	record Match(ApiTokenId id, Account owner, boolean revoked, OffsetDateTime lastUsedAt) {
	}

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ApiTokenSummary insert(AccountId owner, String name, String prefix, byte[] digest, OffsetDateTime now) {
		long id = jdbc.sql("""
				insert into security.api_token (account_id, name, prefix, token_hash, created_at)
				values (:owner, :name, :prefix, :digest, :now) returning id
				""")
			.param("owner", owner.value())
			.param("name", name)
			.param("prefix", prefix)
			.param("digest", digest)
			.param("now", now)
			.query(Long.class)
			.single();
		return new ApiTokenSummary(new ApiTokenId(id), name, prefix, now, null, null);
	}

	List<ApiTokenSummary> ownedBy(AccountId owner) {
		return jdbc.sql("""
				select id, name, prefix, created_at, last_used_at, revoked_at from security.api_token
				where account_id = :owner order by created_at desc, id desc
				""")
			.param("owner", owner.value())
			.query(ApiTokens::summary)
			.list();
	}

	Optional<ApiTokenSummary> findOwned(AccountId owner, ApiTokenId id) {
		return jdbc.sql("""
				select id, name, prefix, created_at, last_used_at, revoked_at from security.api_token
				where account_id = :owner and id = :id
				""")
			.param("owner", owner.value())
			.param("id", id.value())
			.query(ApiTokens::summary)
			.optional();
	}

	/**
	 * The token with this digest and its owner's account, in one statement: the token check of every API request is a
	 * single round trip (issue 20).
	 */
	Optional<Match> findByDigest(byte[] digest) {
		return jdbc.sql("""
				select t.id as token_id, t.revoked_at is not null as token_revoked, t.last_used_at as token_used_at, a.*
				  from security.api_token t
				  join lateral (select %s from security.account where id = t.account_id) a on true
				 where t.token_hash = :digest""".formatted(Accounts.COLUMNS))
			.param("digest", digest)
			.query((rs, row) -> new Match(new ApiTokenId(rs.getLong("token_id")), Accounts.map(rs, row),
					rs.getBoolean("token_revoked"), rs.getObject("token_used_at", OffsetDateTime.class)))
			.optional();
	}

	void revoke(ApiTokenId id, OffsetDateTime now) {
		jdbc.sql("update security.api_token set revoked_at = :now where id = :id and revoked_at is null")
			.param("now", now)
			.param("id", id.value())
			.update();
	}

	/**
	 * Notes a use of the token, to the minute: a token used again within {@link ApiTokenIssuing#USE_GRANULARITY}
	 * of its stored use is left alone, so that a client calling the API all day writes one row a minute, not one a
	 * request.
	 */
	void recordUse(ApiTokenId id, OffsetDateTime now) {
		jdbc.sql("""
				update security.api_token set last_used_at = :now
				 where id = :id and (last_used_at is null or last_used_at <= :stale)
				""")
			.param("now", now)
			.param("stale", now.minus(ApiTokenIssuing.USE_GRANULARITY))
			.param("id", id.value())
			.update();
	}

	private static ApiTokenSummary summary(ResultSet rs, int row) throws SQLException {
		return new ApiTokenSummary(new ApiTokenId(rs.getLong("id")), rs.getString("name"), rs.getString("prefix"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
				rs.getObject("revoked_at", OffsetDateTime.class));
	}
}
