package org.xiaoneng.common;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码) of a legal person or other organisation, 18 characters whose last
 * one is a check character (GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》).
 *
 * @param value the 18 characters, upper case
 */
public record UnifiedSocialCreditCode(String value) {

	/** GB 32100-2015 table 1: the 31 code characters, digits and capitals without I, O, S, V and Z. */
	private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/** GB 32100-2015 §5: the weight of each of the first 17 positions, 3^(i-1) mod 31. */
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int LENGTH = 18;

	public UnifiedSocialCreditCode {
		Objects.requireNonNull(value, "value");
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a unified social credit code with a correct check character");
		}
	}

	/** The code, if the text is one (surrounding blanks and lower case are tolerated). */
	public static Optional<UnifiedSocialCreditCode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String normalized = text.strip().toUpperCase(Locale.ROOT);
		return isValid(normalized) ? Optional.of(new UnifiedSocialCreditCode(normalized)) : Optional.empty();
	}

	/** Whether the text is 18 code characters whose last is the check character of the first 17. */
	public static boolean isValid(String text) {
		if (text == null || text.length() != LENGTH) {
			return false;
		}
		for (int i = 0; i < LENGTH; i++) {
			if (CHARACTERS.indexOf(text.charAt(i)) < 0) {
				return false;
			}
		}
		return text.charAt(LENGTH - 1) == checkCharacter(text.substring(0, LENGTH - 1));
	}

	/**
	 * The check character of the first 17 characters: C18 = 31 − (Σ Ci × Wi mod 31), where 31 is written as 0.
	 *
	 * @throws IllegalArgumentException if the text is not 17 code characters
	 */
	public static char checkCharacter(String first17) {
		if (first17 == null || first17.length() != LENGTH - 1) {
			throw new IllegalArgumentException("The check character is computed from 17 characters");
		}
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			int code = CHARACTERS.indexOf(first17.charAt(i));
			if (code < 0) {
				throw new IllegalArgumentException("Not a code character: " + first17.charAt(i));
			}
			sum += code * WEIGHTS[i];
		}
		return CHARACTERS.charAt((31 - sum % 31) % 31);
	}

	/** The administrative division code of the registering authority's region (positions 3 to 8). */
	public String regionCode() {
		return value.substring(2, 8);
	}

	@Override
	public String toString() {
		return value;
	}
}
