package org.xiaoneng.supervision;

import org.xiaoneng.common.RuleViolationException;

/**
 * Feedback, appeal reasons, decisions and presses are written: a blank or overlong text is refused with the field's
 * name (feedback, reasons, decision, instruction).
 */
class WrittenTextRequiredException extends RuleViolationException {

	static final int MAX_LENGTH = 4000;

	private WrittenTextRequiredException(String field) {
		super(Kind.INVALID_INPUT, "supervision.error.textRequired." + field, MAX_LENGTH);
	}

	/** The text trimmed, when it has 1 to {@value #MAX_LENGTH} characters. */
	static String require(String text, String field) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
			throw new WrittenTextRequiredException(field);
		}
		return trimmed;
	}
}
