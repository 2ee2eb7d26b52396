package org.xiaoneng.platform.ratelimit;

import static org.xiaoneng.common.Columns.time;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
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

	/** Expired rows removed by each attempt: enough to keep up with the inserts, few enough to stay cheap. */
	private static final int CLEANUP_BATCH = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Cryptography cryptography;

	private final RateLimitSettings settings;

	private final TransactionTemplate counting;

	RateLimiter(JdbcClient jdbc, Clock clock, Cryptography cryptography, RateLimitSettings settings,
			PlatformTransactionManager transactions) {
		this.counting = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
		this.clock = clock;
		this.cryptography = cryptography;
		this.settings = settings;
	}

	/**
	 * Counts an attempt of the address in the bucket, in a transaction of its own, committed before the attempt is
	 * answered: an attempt that the application refuses afterwards (a wrong query code, an invalid submission) still
	 * counts. An attempt past the limit is refused and not recorded, so that a flood from one address adds no rows.
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
		return Boolean.TRUE.equals(counting.execute(status -> counted(bucket, limits, address)));
	}

	private boolean counted(String bucket, RateLimitSettings.Bucket limits, String address) {
		String client = HexFormat.of()
			.formatHex(cryptography.sm3(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
		// one address's attempts in one bucket are counted one at a time, so that parallel requests cannot all pass
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", bucket + ":" + client)
			.query(Object.class)
			.list();
		Instant now = clock.instant();
		Instant since = now.minus(limits.window());
		forgetBefore(bucket, since);
		long recent = jdbc.sql("select count(*) from ratelimit.attempt where bucket = :bucket and client = :client and at > :since")
			.param("bucket", bucket)
			.param("client", client)
			.param("since", time(since))
			.query(Long.class)
			.single();
		if (recent >= limits.limit()) {
			return false;
		}
		jdbc.sql("insert into ratelimit.attempt (bucket, client, at) values (:bucket, :client, :at)")
			.param("bucket", bucket)
			.param("client", client)
			.param("at", time(now))
			.update();
		return true;
	}

	/** The bucket's window, for the message that tells the client how long to wait. */
	public Duration window(String bucket) {
		return settings.bucket(bucket).window();
	}

	/**
	 * Removes a batch of the bucket's expired rows, of any address; rows another node is removing at the same time
	 * are skipped rather than waited for, so that two cleanups never block or deadlock each other.
	 */
	private void forgetBefore(String bucket, Instant since) {
		jdbc.sql("""
				delete from ratelimit.attempt where ctid = any(array(select ctid from ratelimit.attempt
				where bucket = :bucket and at <= :since limit :batch for update skip locked))""")
			.param("bucket", bucket)
			.param("since", time(since))
			.param("batch", CLEANUP_BATCH)
			.update();
	}
}
