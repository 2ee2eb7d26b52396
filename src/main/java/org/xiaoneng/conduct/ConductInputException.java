package org.xiaoneng.conduct;

import org.xiaoneng.common.RuleViolationException;

/** A new list of conduct rules that is empty, or a rule without a code or a wording, or one too long. */
class ConductInputException extends RuleViolationException {

	static final int MAX_LENGTH = 2000;

	private ConductInputException(String messageKey) {
		super(Kind.INVALID_INPUT, messageKey, MAX_LENGTH);
	}

	static ConductInputException empty() {
		return new ConductInputException("conduct.error.rulesRequired");
	}

	/** The text trimmed, when it has 1 to {@value #MAX_LENGTH} characters. */
	static String require(String text, String field) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
			throw new ConductInputException("conduct.error.textRequired." + field);
		}
		return trimmed;
	}
}
