package org.xiaoneng.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xiaoneng.common.PersonalDataMasks;
import org.xiaoneng.common.ResidentIdNumber;

/**
 * Looks for resident identity numbers (with their check character), mobile numbers and bank card numbers (with the
 * Luhn check digit) in text about to be published, line by line, so that each finding names its place.
 */
final class PersonalDataScan {

	// 18 characters not part of a longer run of letters and digits; the check character decides
	private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");

	// mainland mobile numbers, 11 digits from 13 to 19, also written 138-0013-8000 or 138 0013 8000
	private static final Pattern MOBILE = Pattern.compile("(?<![\\d-])1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?![\\d-])");

	// 16 to 19 digits, possibly in groups, of the schemes issued in China (UnionPay 62, Visa 4, Mastercard 5, JCB 3)
	private static final Pattern BANK_CARD = Pattern.compile("(?<![\\d-])[3-6](?:[- ]?\\d){15,18}(?![\\d-])");

	private PersonalDataScan() {
	}

	/** The findings in a text segment at one place; the place's arguments are followed by the line number. */
	static List<PersonalDataFinding> lines(String text, String place, String... placeArguments) {
		List<PersonalDataFinding> found = new ArrayList<>();
		if (text == null) {
			return found;
		}
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			List<String> arguments = new ArrayList<>(List.of(placeArguments));
			arguments.add(String.valueOf(i + 1));
			found.addAll(in(lines[i], place, arguments));
		}
		return found;
	}

	/** The findings in a text at one place (a page, a paragraph, a cell). */
	static List<PersonalDataFinding> in(String text, String place, List<String> placeArguments) {
		List<PersonalDataFinding> found = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return found;
		}
		List<String> ids = new ArrayList<>();
		Matcher id = RESIDENT_ID.matcher(text);
		while (id.find()) {
			String number = id.group().toUpperCase(Locale.ROOT);
			if (ResidentIdNumber.isValid(number)) {
				ids.add(number);
				found.add(new PersonalDataFinding(PersonalDataFinding.Kind.RESIDENT_ID, place, placeArguments,
						number.substring(0, 6) + "********" + number.substring(14)));
			}
		}
		Matcher mobile = MOBILE.matcher(text);
		while (mobile.find()) {
			found.add(new PersonalDataFinding(PersonalDataFinding.Kind.MOBILE, place, placeArguments,
					PersonalDataMasks.phone(digits(mobile.group()))));
		}
		Matcher card = BANK_CARD.matcher(text);
		while (card.find()) {
			String number = digits(card.group());
			if (luhnValid(number) && !ids.contains(number)) {
				found.add(new PersonalDataFinding(PersonalDataFinding.Kind.BANK_CARD, place, placeArguments,
						number.substring(0, 4) + "*".repeat(number.length() - 8)
								+ number.substring(number.length() - 4)));
			}
		}
		return found;
	}

	/** ISO/IEC 7812-1 Annex B: doubling every second digit from the right, the sum is a multiple of ten. */
	static boolean luhnValid(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	private static String digits(String text) {
		return text.replaceAll("[^0-9]", "");
	}
}
