package org.xiaoneng.calendar;

import java.util.regex.Pattern;

import org.xiaoneng.common.RuleViolationException;

/**
 * A unit code that cannot be one: units are named by a code such as the unified social credit code (GB 32100-2015),
 * letters, digits, dots, hyphens and underscores only.
 */
public class InvalidUnitCodeException extends RuleViolationException {

	private static final Pattern UNIT_CODE = Pattern.compile("[0-9A-Za-z._-]{1,64}");

	InvalidUnitCodeException() {
		super(Kind.INVALID_INPUT, "calendar.error.unitCode");
	}

	/** The unit code, stripped, or {@code null} (the national calendar) when none is given. */
	static String check(String unitCode) {
		if (unitCode == null || unitCode.isBlank()) {
			return null;
		}
		String code = unitCode.strip();
		if (!UNIT_CODE.matcher(code).matches()) {
			throw new InvalidUnitCodeException();
		}
		return code;
	}
}
