package org.xiaoneng.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them on top of HOTP (RFC 4226): HMAC-SHA1, 30-second steps
 * counted from the Unix epoch, dynamic truncation to a number of decimal digits.
 */
final class Totp {

	static final long STEP_SECONDS = 30;

	static final int DIGITS = 6;

	private static final int[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
			100_000_000 };

	private Totp() {
	}

	/** The time step an instant falls in (RFC 6238 section 4.2: T = (now - T0) / X with T0 = 0, X = 30). */
	static long stepAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The HOTP value of the key for one counter value, with leading zeros (RFC 4226 section 5.3). */
	static String code(byte[] key, long step, int digits) {
		byte[] hash;
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
		}
		int offset = hash[hash.length - 1] & 0x0f;
		int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
				| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
		String value = Integer.toString(binary % POWERS_OF_TEN[digits]);
		return "0".repeat(digits - value.length()) + value;
	}

	/**
	 * The step within {@code window} steps of {@code currentStep} whose code equals the given one, or empty. RFC 6238
	 * section 5.2 recommends accepting one step of clock drift either way.
	 */
	static OptionalLong matchingStep(byte[] key, String code, long currentStep, int window) {
		if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		byte[] given = code.getBytes(StandardCharsets.US_ASCII);
		for (long step = currentStep - window; step <= currentStep + window; step++) {
			// Constant-time comparison: the position of a mismatch must not leak through timing.
			if (MessageDigest.isEqual(given, code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}
}
