package org.xiaoneng.calendar;

import org.xiaoneng.common.RuleViolationException;

/**
 * A year's holidays, typed in or imported, are not a valid notice: unreadable, a day outside the year, a day listed
 * twice, a day without a holiday name.
 */
public class InvalidCalendarFileException extends RuleViolationException {

	InvalidCalendarFileException(String messageKey, Object... arguments) {
		super(Kind.INVALID_INPUT, messageKey, arguments);
	}
}
