package org.xiaoneng.common;

import java.util.regex.Pattern;

/**
 * How personal data appears on screens, in exports and in logs: only enough to tell one from another
 * (个人信息保护法 第五十一条: security measures such as de-identification). One place, so that every page masks alike.
 */
public final class PersonalDataMasks {

	private static final int PHONE_KEPT_START = 3;

	private static final int PHONE_KEPT_END = 4;

	// GB 11643: 6-digit region, birth date YYYYMMDD, 3-digit sequence, check digit or X
	private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})"
			+ "((?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

	// mainland mobile numbers: 11 digits starting 13–19
	private static final Pattern MOBILE_NUMBER = Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");

	private PersonalDataMasks() {
	}

	/** A phone number with its middle hidden: {@code 138****8000}; a number too short to keep anything is all stars. */
	public static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		if (phone.length() <= PHONE_KEPT_START + PHONE_KEPT_END) {
			return "*".repeat(phone.length());
		}
		return phone.substring(0, PHONE_KEPT_START) + "*".repeat(phone.length() - PHONE_KEPT_START - PHONE_KEPT_END)
				+ phone.substring(phone.length() - PHONE_KEPT_END);
	}

	/** An email address with its local part hidden but for the first character: {@code z***@example.com}. */
	public static String email(String address) {
		if (address == null) {
			return null;
		}
		int at = address.lastIndexOf('@');
		return at <= 0 ? "*".repeat(address.length()) : address.charAt(0) + "***" + address.substring(at);
	}

	/**
	 * Free text with every resident identity number ({@code 110105********002X}) and mobile number
	 * ({@code 138****8000}) in it masked; other numbers stay.
	 */
	public static String inText(String text) {
		if (text == null) {
			return null;
		}
		String masked = IDENTITY_NUMBER.matcher(text).replaceAll("$1********$3");
		return MOBILE_NUMBER.matcher(masked).replaceAll("$1****$3");
	}
}
