package org.xiaoneng.platform.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.KeyFingerprints;

/**
 * The fingerprint of the platform's SM4 key in {@code security.crypto_key}: one row, written by the first node that
 * starts on a database and compared by every node after it.
 */
@Repository
class CryptoKeyRecord implements KeyFingerprints {

	private final JdbcClient jdbc;

	private final Clock clock;

	CryptoKeyRecord(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<String> recorded() {
		return jdbc.sql("select fingerprint from security.crypto_key where fingerprint is not null")
			.query(String.class)
			.optional();
	}

	@Override
	public boolean inUse() {
		return jdbc.sql("select exists (select 1 from security.crypto_key)").query(Boolean.class).single();
	}

	@Override
	public String record(String fingerprint) {
		// One statement, so that of two nodes starting together on a new database exactly one fingerprint wins; a row
		// without a fingerprint (data older than fingerprints) takes the first one offered.
		jdbc.sql("""
				insert into security.crypto_key (fingerprint, recorded_at) values (:fingerprint, :now)
				on conflict (id) do update set fingerprint = excluded.fingerprint, recorded_at = excluded.recorded_at
				where crypto_key.fingerprint is null
				""")
			.param("fingerprint", fingerprint)
			.param("now", OffsetDateTime.now(clock))
			.update();
		return recorded().orElseThrow();
	}
}
