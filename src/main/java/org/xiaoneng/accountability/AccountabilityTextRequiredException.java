package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/**
 * Facts, investigation records, statements, decisions and exempting reasons are written: a blank or overlong text is
 * refused with the field's name.
 */
class AccountabilityTextRequiredException extends RuleViolationException {

	static final int MAX_LENGTH = 8000;

	private AccountabilityTextRequiredException(String field) {
		super(Kind.INVALID_INPUT, "accountability.error.textRequired." + field, MAX_LENGTH);
	}

	/** The text trimmed, when it has 1 to {@value #MAX_LENGTH} characters. */
	static String require(String text, String field) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
			throw new AccountabilityTextRequiredException(field);
		}
		return trimmed;
	}

	/** The text trimmed, {@code null} when blank; refused only when overlong. */
	static String optional(String text, String field) {
		String trimmed = text == null ? "" : text.strip();
		return trimmed.isEmpty() ? null : require(trimmed, field);
	}
}
