package org.xiaoneng.calendar;

import java.time.LocalDate;

import org.xiaoneng.common.RuleViolationException;

/**
 * A date, or a deadline it leads to, lies outside the range the calendar covers.
 */
public class DateOutsideSupportedRangeException extends RuleViolationException {

	DateOutsideSupportedRangeException(LocalDate first, LocalDate last) {
		super(Kind.INVALID_INPUT, "calendar.error.outsideRange", first.toString(), last.toString());
	}
}
