package org.xiaoneng.accountability;

import java.time.LocalDate;

import org.xiaoneng.common.RuleViolationException;

/** An inspection dated after today has not happened. */
class InspectionInFutureException extends RuleViolationException {

	InspectionInFutureException(LocalDate day) {
		super(Kind.INVALID_INPUT, "accountability.error.inspectionInFuture", day.toString());
	}
}
