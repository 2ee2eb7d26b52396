package org.xiaoneng.calendar;

import java.time.LocalDate;

import org.xiaoneng.common.RuleViolationException;

/**
 * A range of dates whose start lies after its end.
 */
public class ReversedDateRangeException extends RuleViolationException {

	ReversedDateRangeException(LocalDate from, LocalDate to) {
		super(Kind.INVALID_INPUT, "calendar.error.reversedRange", from.toString(), to.toString());
	}
}
