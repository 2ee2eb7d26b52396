package org.xiaoneng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.xiaoneng.common.Cryptography;

/**
 * The canonical entry that the SM3 chain hashes is unambiguous and is what the database stores.
 */
class StoredEntryTests {

	private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 123_456_000, ZoneOffset.ofHours(8));

	@Test
	void canonicalEntryHasTheDocumentedLayout() {
		StoredEntry entry = entry(7, NOON, "auditor", "audit", "x", null, "", "b");
		long micros = NOON.toEpochSecond() * 1_000_000 + 123_456;

		assertThat(HexFormat.of().formatHex(entry.canonical())).isEqualTo("584e415544495431" // XNAUDIT1
				+ "0000000000000007" // seq
				+ "%016x".formatted(micros) // occurred at, microseconds since the epoch
				+ "00000007" + HexFormat.of().formatHex("auditor".getBytes()) // actor
				+ "00000005" + HexFormat.of().formatHex("audit".getBytes()) // module
				+ "00000001" + "78" // action
				+ "ffffffff" // object id: null
				+ "00000000" // before: empty
				+ "00000001" + "62"); // after
	}

	@Test
	void movingAFieldBoundaryChangesTheCanonicalEntry() {
		assertThat(entry(1, NOON, "ab", "c", "x", null, null, null).canonical())
			.isNotEqualTo(entry(1, NOON, "a", "bc", "x", null, null, null).canonical());
		assertThat(entry(1, NOON, "a", "m", "x", null, "s;t", null).canonical())
			.isNotEqualTo(entry(1, NOON, "a", "m", "x", null, "s", ";t").canonical());
	}

	@Test
	void aMissingSummaryDiffersFromAnEmptyOne() {
		assertThat(entry(1, NOON, "a", "m", "x", null, null, null).canonical())
			.isNotEqualTo(entry(1, NOON, "a", "m", "x", null, "", null).canonical());
	}

	@Test
	void timeCountsInMicrosecondsAsPostgresqlStoresIt() {
		assertThat(entry(1, NOON.plusNanos(999), "a", "m", "x", null, null, null).canonical())
			.isEqualTo(entry(1, NOON, "a", "m", "x", null, null, null).canonical());
		assertThat(entry(1, NOON.withOffsetSameInstant(ZoneOffset.UTC), "a", "m", "x", null, null, null).canonical())
			.isEqualTo(entry(1, NOON, "a", "m", "x", null, null, null).canonical());
	}

	@Test
	void theHashCoversThePreviousHashFollowedByTheCanonicalEntry() {
		Recording sm3 = new Recording();
		StoredEntry entry = entry(1, NOON, "a", "m", "x", null, null, null);
		ChainLink previous = new ChainLink(41, HexFormat.of().parseHex("ab".repeat(32)));

		ChainLink link = entry.linkAfter(previous, sm3);

		assertThat(link.position()).isEqualTo(42);
		assertThat(link.hash()).isEqualTo(Recording.DIGEST);
		assertThat(HexFormat.of().formatHex(sm3.input))
			.isEqualTo("ab".repeat(32) + HexFormat.of().formatHex(entry.canonical()));
	}

	private static StoredEntry entry(long seq, OffsetDateTime at, String actor, String module, String action,
			String objectId, String before, String after) {
		return new StoredEntry(seq, at, actor, module, action, objectId, before, after, null, null);
	}

	/** Records what it is asked to digest. */
	private static final class Recording implements Cryptography {

		static final byte[] DIGEST = new byte[32];

		byte[] input;

		@Override
		public byte[] sm3(byte[] data) {
			input = data;
			return DIGEST;
		}

		@Override
		public String encrypt(String plain) {
			throw new AssertionError("the audit chain only digests");
		}

		@Override
		public String decrypt(String encrypted) {
			throw new AssertionError("the audit chain only digests");
		}

		@Override
		public byte[] keyedHash(byte[] data) {
			throw new AssertionError("the audit chain only digests");
		}

		@Override
		public String keyFingerprint() {
			throw new AssertionError("the audit chain only digests");
		}
	}
}
