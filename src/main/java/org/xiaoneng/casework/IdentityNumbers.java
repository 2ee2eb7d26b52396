package org.xiaoneng.casework;

import java.util.Locale;
import java.util.regex.Pattern;

import org.xiaoneng.common.ResidentIdNumber;
import org.xiaoneng.common.UnifiedSocialCreditCode;

/**
 * Checks identity document numbers before anything is stored, and masks them for lists and print-outs.
 */
final class IdentityNumbers {

	/** Passports: the PRC's (E/G + 8 characters) and foreign ones (5 to 17 letters and digits). */
	private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,17}");

	/** 港澳居民来往内地通行证: H (Hong Kong) or M (Macao) and 8 or 10 digits. */
	private static final Pattern HK_MACAO_PERMIT = Pattern.compile("[HM]\\d{8}(\\d{2})?");

	/** 台湾居民来往大陆通行证: 8 digits (since 2015), or 10 before. */
	private static final Pattern TAIWAN_PERMIT = Pattern.compile("\\d{8}|\\d{10}|[A-Z]\\d{9}");

	private IdentityNumbers() {
	}

	/** The number as stored: blanks removed, upper case. */
	static String normalize(String number) {
		return number == null ? "" : number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * The normalized number if it is valid for its type.
	 *
	 * @throws IdentityNumberInvalidException if it is not
	 */
	static String check(IdType type, String number) {
		if (type == null) {
			throw new SubmissionInvalidException("casework.identity.typeMissing");
		}
		String normalized = normalize(number);
		boolean valid = switch (type) {
			case RESIDENT_ID -> ResidentIdNumber.isValid(normalized);
			case UNIFIED_SOCIAL_CREDIT_CODE -> UnifiedSocialCreditCode.isValid(normalized);
			case PASSPORT -> PASSPORT.matcher(normalized).matches();
			case HK_MACAO_PERMIT -> HK_MACAO_PERMIT.matcher(normalized).matches();
			case TAIWAN_PERMIT -> TAIWAN_PERMIT.matcher(normalized).matches();
		};
		if (!valid) {
			throw new IdentityNumberInvalidException(type);
		}
		return normalized;
	}

	/** The number as lists and print-outs show it: 1101**********1234 (the first and last four kept). */
	static String mask(String number) {
		if (number.length() <= 8) {
			return number.charAt(0) + "*".repeat(Math.max(0, number.length() - 2))
					+ number.charAt(number.length() - 1);
		}
		return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
	}

	/** A name as the public sees it: the first character and stars (张**). */
	static String maskName(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
	}
}
