package org.xiaoneng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * TOTP as RFC 6238 specifies it, checked against the RFC's own test vectors.
 */
class TotpTests {

	// RFC 6238 appendix B: the SHA1 seed is the ASCII string "12345678901234567890".
	private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238TestVectorsForSha1(long unixSeconds, String expected) {
		long step = Totp.stepAt(Instant.ofEpochSecond(unixSeconds));
		assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
	}

	@Test
	void sixDigitCodesAreTheLastSixDigitsOfTheRfcValues() {
		assertThat(Totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(59)), 6)).isEqualTo("287082");
		assertThat(Totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(1111111109)), 6)).isEqualTo("081804");
	}

	@Test
	void acceptsOneStepOfClockDriftEitherWayButNoMore() {
		long now = Totp.stepAt(Instant.ofEpochSecond(1234567890));
		assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, now - 1, 6), now, 1)).hasValue(now - 1);
		assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, now + 1, 6), now, 1)).hasValue(now + 1);
		assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, now - 2, 6), now, 1)).isEmpty();
	}

	@Test
	void refusesCodesThatAreNotSixDigits() {
		assertThat(Totp.matchingStep(RFC_SEED, "12345", 1, 1)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SEED, "abcdef", 1, 1)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SEED, null, 1, 1)).isEmpty();
	}

	@Test
	void base32MatchesRfc4648() {
		// RFC 4648 section 10 test vectors, without padding.
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Base32.encode("fo".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXQ");
		assertThat(new String(Base32.decode("mzxw 6ytb oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
	}

	@Test
	void theDemoSecretIsValidBase32Of160Bits() {
		assertThat(Base32.decode(DemoAccounts.TOTP_SECRET)).hasSize(20);
	}
}
