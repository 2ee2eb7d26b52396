package org.xiaoneng.conduct;

import org.xiaoneng.common.RuleViolationException;

/** A conduct rule's code that is malformed or appears twice in one list. */
class ConductCodeInvalidException extends RuleViolationException {

	ConductCodeInvalidException(String code) {
		super(Kind.INVALID_INPUT, "conduct.error.codeInvalid", code);
	}
}
