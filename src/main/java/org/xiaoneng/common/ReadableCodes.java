package org.xiaoneng.common;

import java.security.SecureRandom;

/**
 * Random codes a person reads out or types: query codes on receipts and request references on error pages. Only
 * letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L), from a cryptographic random source so
 * that a code cannot be guessed from the ones before it.
 */
public final class ReadableCodes {

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ReadableCodes() {
	}

	/** A new code of this many characters. */
	public static String next(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}
}
