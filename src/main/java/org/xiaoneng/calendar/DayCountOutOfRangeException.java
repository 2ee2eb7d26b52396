package org.xiaoneng.calendar;

import org.xiaoneng.common.RuleViolationException;

/**
 * A number of days to count is negative or larger than any time limit can be (ten years of working days).
 */
public class DayCountOutOfRangeException extends RuleViolationException {

	/** The largest count accepted: no statutory time limit comes near ten years. */
	public static final int MAX_DAYS = 3650;

	DayCountOutOfRangeException(int days) {
		super(Kind.INVALID_INPUT, "calendar.error.dayCount", String.valueOf(days), String.valueOf(MAX_DAYS));
	}

	static int check(int days) {
		if (days < 0 || days > MAX_DAYS) {
			throw new DayCountOutOfRangeException(days);
		}
		return days;
	}
}
