package org.xiaoneng.platform.ratelimit;

import static org.xiaoneng.common.Columns.time;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xiaoneng.common.Cryptography;

/**
 * Counts the attempts of each client address per named bucket in the database, so that every node of a cluster
 * applies one limit. The table keeps the SM3 digest of the address, not the address (个人信息保护法 第六条: no more
 * personal information than the purpose needs).
 * <p>
 * An attempt is counted before the request it counts opens any transaction, never inside one
 * (docs/decisions/0048-rate-limited-attempts-counted-before-any-transaction.md): a count inside a caller's
 * transaction needs a second pooled connection while the first waits, and at 32 public requests at once the pool ran
 * dry.
 */
@Component
public class RateLimiter {

	/** Expired clients' rows removed by each attempt: enough to keep up with new clients, few enough to stay cheap. */
	private static final int CLEANUP_BATCH = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Cryptography cryptography;

	private final RateLimitSettings settings;

	RateLimiter(JdbcClient jdbc, Clock clock, Cryptography cryptography, RateLimitSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.cryptography = cryptography;
		this.settings = settings;
	}

	/**
	 * Counts an attempt of the address in the bucket, committed before the attempt is answered: an attempt that the
	 * application refuses afterwards (a wrong query code, an invalid submission) still counts. An attempt past the
	 * limit is refused and not recorded, so that a flood from one address adds nothing.
	 *
	 * @return whether the attempt is within the bucket's limit
	 * @throws IllegalStateException when the bucket is not configured, or when the caller holds a transaction (and
	 * with it a pooled connection): count first, then open the transaction of the work
	 */
	public boolean attempt(String bucket, String address) {
		RateLimitSettings.Bucket limits = settings.bucket(bucket);
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Rate limit bucket '" + bucket + "' was asked to count inside a "
					+ "transaction; count before it opens (docs/decisions/0048)");
		}
		String client = HexFormat.of()
			.formatHex(cryptography.sm3(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
		Instant now = clock.instant();
		// one statement, committed on its own: the client's row is locked by the upsert, so parallel attempts of one
		// address are counted one at a time against the latest count; a batch of other clients' rows whose last
		// attempt left the window is removed on the way, skipping rows another node is removing
		return jdbc.sql("""
				with forgotten as (
				    delete from ratelimit.recent_attempts where ctid = any(array(
				        select ctid from ratelimit.recent_attempts
				        where bucket = :bucket and latest <= :since and client <> :client
				        limit :batch for update skip locked)))
				insert into ratelimit.recent_attempts as recent (bucket, client, latest, attempts)
				values (:bucket, :client, :now, array[:now]::timestamptz[])
				on conflict (bucket, client) do update
				    set latest = excluded.latest,
				        attempts = array(select t from unnest(recent.attempts) t where t > :since order by t)
				            || excluded.latest
				    where (select count(*) from unnest(recent.attempts) t where t > :since) < :limit
				returning true""")
			.param("bucket", bucket)
			.param("client", client)
			.param("now", time(now))
			.param("since", time(now.minus(limits.window())))
			.param("limit", limits.limit())
			.param("batch", CLEANUP_BATCH)
			.query(Boolean.class)
			.optional()
			.isPresent();
	}

	/** The bucket's window, for the message that tells the client how long to wait. */
	public Duration window(String bucket) {
		return settings.bucket(bucket).window();
	}
}
