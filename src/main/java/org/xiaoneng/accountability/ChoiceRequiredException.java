package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** A choice the action needs (the severity, the failure type) was not made. */
class ChoiceRequiredException extends RuleViolationException {

	ChoiceRequiredException(String field) {
		super(Kind.INVALID_INPUT, "accountability.error.choiceRequired." + field);
	}
}
