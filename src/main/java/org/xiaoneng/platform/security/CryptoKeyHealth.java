package org.xiaoneng.platform.security;

import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.Cryptography;

/**
 * Whether this node's SM4 key is still the one the database records: the operator's health page lists it as
 * {@code cryptoKey}, and readiness includes it, so that a node whose key no longer matches takes no traffic. Only
 * the start of the fingerprints is shown; they are no secret, but a short one reads better.
 */
@Component("cryptoKey")
class CryptoKeyHealth implements HealthIndicator {

	private static final int SHOWN = 16;

	private final Cryptography cryptography;

	private final CryptoKeyRecord record;

	CryptoKeyHealth(Cryptography cryptography, CryptoKeyRecord record) {
		this.cryptography = cryptography;
		this.record = record;
	}

	@Override
	public Health health() {
		String own = cryptography.keyFingerprint();
		Optional<String> recorded = record.recorded();
		Health.Builder health = recorded.filter(own::equals).isPresent() ? Health.up() : Health.down();
		return health.withDetail("fingerprint", own.substring(0, SHOWN))
			.withDetail("recordedFingerprint", recorded.map(value -> value.substring(0, SHOWN)).orElse("none"))
			.build();
	}
}
