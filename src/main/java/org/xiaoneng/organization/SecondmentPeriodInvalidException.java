package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * A secondment (借调) has a start and an end, the end not before the start; other employment has neither.
 */
public class SecondmentPeriodInvalidException extends RuleViolationException {

	SecondmentPeriodInvalidException(String messageKey) {
		super(Kind.INVALID_INPUT, messageKey);
	}
}
