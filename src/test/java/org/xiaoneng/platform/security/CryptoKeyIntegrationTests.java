package org.xiaoneng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.XiaonengApplication;
import org.xiaoneng.common.CryptoKeyMismatchException;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.SharedTestDatabase;

/**
 * The SM4 key every node of a database must share: the first start records its fingerprint, a second node with the
 * same key starts, one with another key refuses to start, and readiness goes down when the keys stop matching.
 */
@IntegrationTest
class CryptoKeyIntegrationTests {

	@Autowired
	Cryptography cryptography;

	@Autowired
	CryptoKeyHealth health;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Environment environment;

	@Test
	void theFirstStartRecordedTheFingerprintOfItsKeyAndNeverTheKey() {
		String recorded = jdbc.sql("select fingerprint from security.crypto_key").query(String.class).single();

		assertThat(recorded).isEqualTo(cryptography.keyFingerprint())
			.doesNotContain(environment.getProperty("xiaoneng.crypto.key"));
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aSecondNodeWithTheSameKeyStartsAndOneWithAnotherKeyRefusesNamingTheSetting() {
		try (ConfigurableApplicationContext node = secondNode(environment.getProperty("xiaoneng.crypto.key"))) {
			assertThat(node.getBean(Cryptography.class).keyFingerprint()).isEqualTo(cryptography.keyFingerprint());
		}

		assertThatThrownBy(() -> secondNode(HexFormat.of().formatHex(new byte[16])).close()).rootCause()
			.isInstanceOf(CryptoKeyMismatchException.class)
			.hasMessageContaining("The SM4 key of this node, from XIAONENG_CRYPTO_KEY, is not the key")
			.hasMessageContaining("XIAONENG_CRYPTO_KEYFILE");
		assertThat(jdbc.sql("select fingerprint from security.crypto_key").query(String.class).single())
			.isEqualTo(cryptography.keyFingerprint());
	}

	@Test
	@Transactional
	void readinessIsDownWhileTheDatabaseRecordsAnotherKey() throws Exception {
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());

		jdbc.sql("update security.crypto_key set fingerprint = :other").param("other", "ab".repeat(32)).update();

		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
	}

	/** Another node of the same database, without a web port of its own to clash with. */
	private ConfigurableApplicationContext secondNode(String key) {
		return new SpringApplicationBuilder(XiaonengApplication.class)
			.properties(Map.of("xiaoneng.crypto.key", key, "server.port", "0", "spring.main.banner-mode", "off"))
			.properties(SharedTestDatabase.connection(environment.getProperty("spring.datasource.url")))
			.run();
	}
}
