package org.xiaoneng.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every node of a database holds the key its personal data is encrypted with: the first start records the key's
 * fingerprint, a node with another key or with none for a database in use refuses to start and says which setting
 * to fix.
 */
class NodeKeyTests {

	private static final String KEY = "0123456789abcdeffedcba9876543210";

	private static final String OTHER_KEY = "fedcba98765432100123456789abcdef";

	@TempDir
	Path directory;

	private final Database database = new Database();

	@Test
	void theFirstStartOfADatabaseCreatesAKeyFileAndRecordsItsFingerprint() throws IOException {
		Path file = directory.resolve("keys/sm4.key");

		byte[] key = NodeKey.load(fromFile(file), database, new SecureRandom());

		assertThat(Files.readString(file)).isEqualTo(HexFormat.of().formatHex(key));
		assertThat(database.fingerprint).isEqualTo(NodeKey.fingerprint(key));
	}

	@Test
	void aNodeWithTheRecordedKeyStarts() throws IOException {
		byte[] first = NodeKey.load(fromSetting(KEY), database, new SecureRandom());
		Path file = Files.writeString(directory.resolve("sm4.key"), KEY.toUpperCase() + "\n");

		assertThat(NodeKey.load(fromSetting(KEY), database, new SecureRandom())).isEqualTo(first);
		assertThat(NodeKey.load(fromFile(file), database, new SecureRandom())).isEqualTo(first);
		assertThat(database.fingerprint).isEqualTo(NodeKey.fingerprint(first));
	}

	@Test
	void aNodeWithAnotherKeyRefusesToStartNamingTheSettingItsKeyCameFrom() throws IOException {
		NodeKey.load(fromSetting(KEY), database, new SecureRandom());
		String recorded = database.fingerprint;
		Path file = Files.writeString(directory.resolve("sm4.key"), OTHER_KEY);

		assertThatExceptionOfType(CryptoKeyMismatchException.class)
			.isThrownBy(() -> NodeKey.load(fromSetting(OTHER_KEY), database, new SecureRandom()))
			.withMessageContaining("from XIAONENG_CRYPTO_KEY, is not the key")
			.withMessageContaining("XIAONENG_CRYPTO_KEYFILE");
		assertThatExceptionOfType(CryptoKeyMismatchException.class)
			.isThrownBy(() -> NodeKey.load(fromFile(file), database, new SecureRandom()))
			.withMessageContaining("from the key file " + file.toAbsolutePath() + " (XIAONENG_CRYPTO_KEYFILE)");
		assertThat(database.fingerprint).isEqualTo(recorded);
	}

	@Test
	void aNewNodeWithoutAKeyNeverCreatesOneForADatabaseThatHoldsData() {
		NodeKey.load(fromSetting(KEY), database, new SecureRandom());
		Path file = directory.resolve("keys/sm4.key");

		assertThatExceptionOfType(CryptoKeyMismatchException.class)
			.isThrownBy(() -> NodeKey.load(fromFile(file), database, new SecureRandom()))
			.withMessageContaining("This node has no SM4 key")
			.withMessageContaining("fingerprint starts " + database.fingerprint.substring(0, 16))
			.withMessageContaining("XIAONENG_CRYPTO_KEY");
		assertThat(file).doesNotExist();
	}

	@Test
	void aDatabaseFromBeforeFingerprintsGetsNoNewKeyButRecordsTheFirstKeyANodeBrings() {
		database.inUseWithoutFingerprint = true;
		Path file = directory.resolve("sm4.key");

		assertThatExceptionOfType(CryptoKeyMismatchException.class)
			.isThrownBy(() -> NodeKey.load(fromFile(file), database, new SecureRandom()));
		assertThat(file).doesNotExist();

		byte[] key = NodeKey.load(fromSetting(KEY), database, new SecureRandom());
		assertThat(database.fingerprint).isEqualTo(NodeKey.fingerprint(key));
	}

	@Test
	void aKeyFileCreatedByANodeThatLostTheRaceForANewDatabaseIsRemovedAgain() {
		// another node recorded its key between this node's look and its record
		database.recordsFirst = NodeKey.fingerprint(HexFormat.of().parseHex(OTHER_KEY));
		Path file = directory.resolve("sm4.key");

		assertThatExceptionOfType(CryptoKeyMismatchException.class)
			.isThrownBy(() -> NodeKey.load(fromFile(file), database, new SecureRandom()));
		assertThat(file).doesNotExist();
	}

	@Test
	void theFingerprintTellsKeysApartAndDoesNotContainTheKey() {
		String fingerprint = NodeKey.fingerprint(HexFormat.of().parseHex(KEY));

		assertThat(fingerprint).matches("[0-9a-f]{64}").doesNotContain(KEY)
			.isEqualTo(NodeKey.fingerprint(HexFormat.of().parseHex(KEY)))
			.isNotEqualTo(NodeKey.fingerprint(HexFormat.of().parseHex(OTHER_KEY)));
		assertThat(new SoftwareCryptography(HexFormat.of().parseHex(KEY)).keyFingerprint()).isEqualTo(fingerprint);
	}

	private static CryptographySettings fromSetting(String key) {
		return new CryptographySettings(key, Path.of("never-read"));
	}

	private static CryptographySettings fromFile(Path file) {
		return new CryptographySettings(null, file);
	}

	/** The database's one row, as {@code security.crypto_key} keeps it. */
	private static final class Database implements KeyFingerprints {

		String fingerprint;

		boolean inUseWithoutFingerprint;

		String recordsFirst;

		@Override
		public Optional<String> recorded() {
			return Optional.ofNullable(fingerprint);
		}

		@Override
		public boolean inUse() {
			return fingerprint != null || inUseWithoutFingerprint;
		}

		@Override
		public String record(String offered) {
			if (fingerprint == null) {
				fingerprint = recordsFirst != null ? recordsFirst : offered;
			}
			return fingerprint;
		}
	}
}
