package org.xiaoneng.supervision;

import org.xiaoneng.common.RuleViolationException;

/** A rule's number is tuned within its range only. */
class ThresholdOutOfRangeException extends RuleViolationException {

	ThresholdOutOfRangeException(String field, int min, int max) {
		super(Kind.INVALID_INPUT, "supervision.error.outOfRange." + field, min, max);
	}
}
