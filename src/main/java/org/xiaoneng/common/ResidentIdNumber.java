package org.xiaoneng.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The resident identity number (居民身份号码, GB 11643-1999): 18 characters, a real birth date and a check character.
 * One place for the check, used where numbers are typed in and where they are looked for in text to be published.
 */
public final class ResidentIdNumber {

	/** GB 11643-1999 §7.2: weights of the first 17 digits (2^(18-i) mod 11) and the check characters by remainder. */
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");

	private ResidentIdNumber() {
	}

	/** 18 characters (upper-case X), a real birth date, and the check character of GB 11643-1999. */
	public static boolean isValid(String number) {
		if (number == null || !SHAPE.matcher(number).matches()) {
			return false;
		}
		try {
			LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
					Integer.parseInt(number.substring(12, 14)));
		}
		catch (DateTimeException notADate) {
			return false;
		}
		return number.charAt(17) == checkCharacter(number.substring(0, 17));
	}

	/** The check character of the first 17 digits: (Σ ai × Wi) mod 11 indexes "10X98765432". */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}
}
