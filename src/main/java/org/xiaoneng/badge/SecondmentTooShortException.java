package org.xiaoneng.badge;

import org.xiaoneng.common.RuleViolationException;

/** A secondee gets a badge only for a secondment of half a year or more (rule 九.六). */
class SecondmentTooShortException extends RuleViolationException {

	SecondmentTooShortException(String name, long months) {
		super(Kind.INVALID_INPUT, "badge.error.secondmentTooShort", name, months);
	}
}
