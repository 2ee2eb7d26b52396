package org.xiaoneng.platform.audit;

import java.util.regex.Pattern;

/**
 * Masks resident identity numbers and mobile numbers that reach the audit log in clear, as a second line behind
 * the callers' duty not to write them (个人信息保护法 第五十一条: security measures such as de-identification).
 * The masked forms are the usual ones: {@code 110105********002X} and {@code 138****8000}.
 */
final class PersonalDataMask {

	// GB 11643: 6-digit region, birth date YYYYMMDD, 3-digit sequence, check digit or X
	private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})"
			+ "((?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

	// mainland mobile numbers: 11 digits starting 13–19
	private static final Pattern MOBILE_NUMBER = Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");

	private PersonalDataMask() {
	}

	static String mask(String text) {
		if (text == null) {
			return null;
		}
		String masked = IDENTITY_NUMBER.matcher(text).replaceAll("$1********$3");
		return MOBILE_NUMBER.matcher(masked).replaceAll("$1****$3");
	}
}
