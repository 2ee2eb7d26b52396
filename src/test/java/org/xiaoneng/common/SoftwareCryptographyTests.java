package org.xiaoneng.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * SM3 and SM4 in software behave as their national standards say.
 */
class SoftwareCryptographyTests {

	private final Cryptography cryptography = new SoftwareCryptography(
			HexFormat.of().parseHex("0123456789abcdeffedcba9876543210"));

	@Test
	void sm3MatchesTheStandardsExample() {
		// GB/T 32905-2016 appendix A, example 1: SM3("abc")
		assertThat(HexFormat.of().formatHex(cryptography.sm3("abc".getBytes(StandardCharsets.US_ASCII))))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	@Test
	void keyedHashIsStablePerKeyAndDiffersFromThePlainDigest() {
		byte[] id = "11010519491231002X".getBytes(StandardCharsets.UTF_8);
		Cryptography otherKey = new SoftwareCryptography(
				HexFormat.of().parseHex("fedcba98765432100123456789abcdef"));

		assertThat(cryptography.keyedHash(id)).hasSize(32).isEqualTo(cryptography.keyedHash(id));
		assertThat(cryptography.keyedHash(id)).isNotEqualTo(otherKey.keyedHash(id)).isNotEqualTo(cryptography.sm3(id));
	}

	@Test
	void encryptedPersonalDataReadsBackAndNeverShowsInClear() {
		String id = "11010519491231002X";
		String sealed = cryptography.encrypt(id);
		assertThat(sealed).doesNotContain(id);
		assertThat(cryptography.encrypt(id)).isNotEqualTo(sealed);
		assertThat(cryptography.decrypt(sealed)).isEqualTo(id);
	}

	@Test
	void alteredCiphertextIsRefused() {
		byte[] sealed = java.util.Base64.getDecoder().decode(cryptography.encrypt("13800138000"));
		sealed[sealed.length - 1] ^= 1;
		assertThatIllegalArgumentException()
			.isThrownBy(() -> cryptography.decrypt(java.util.Base64.getEncoder().encodeToString(sealed)));
	}
}
