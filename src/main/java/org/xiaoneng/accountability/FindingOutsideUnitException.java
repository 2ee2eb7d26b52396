package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** A finding names a person or post of the unit the inspectors visited, not of another. */
class FindingOutsideUnitException extends RuleViolationException {

	FindingOutsideUnitException() {
		super(Kind.INVALID_INPUT, "accountability.error.findingOutsideUnit");
	}
}
