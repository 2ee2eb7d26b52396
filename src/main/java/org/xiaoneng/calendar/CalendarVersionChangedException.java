package org.xiaoneng.calendar;

import org.xiaoneng.common.RuleViolationException;

/**
 * Another administrator published the year after the differences were shown: they must be looked at again.
 */
public class CalendarVersionChangedException extends RuleViolationException {

	CalendarVersionChangedException(int year, int expected, int current) {
		super(Kind.CONFLICT, "calendar.error.versionChanged", String.valueOf(year), String.valueOf(expected),
				String.valueOf(current));
	}
}
