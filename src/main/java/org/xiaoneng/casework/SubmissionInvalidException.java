package org.xiaoneng.casework;

import org.xiaoneng.common.RuleViolationException;

/** A submission, notice, step or rating is missing something or holds a value out of range. */
public class SubmissionInvalidException extends RuleViolationException {

	SubmissionInvalidException(String messageKey, Object... arguments) {
		super(Kind.INVALID_INPUT, messageKey, arguments);
	}
}
