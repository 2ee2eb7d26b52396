package org.xiaoneng.casework;

import java.time.LocalDate;
import java.util.List;

import org.xiaoneng.calendar.ExplainedDay;

/**
 * How a case's deadline was computed: the promised limit counted by the unit's calendar from the day of acceptance
 * (which does not count), then the paused working days and the approved extensions added; beside it the promised and
 * statutory deadlines, which pauses move and extensions do not.
 *
 * @param acceptedOn the day of acceptance
 * @param promisedDays the promised limit
 * @param naturalDays whether it is counted in natural days
 * @param baseDeadline the deadline of the promised limit alone
 * @param days the calendar's day-by-day explanation of the promised limit
 * @param pausedWorkingDays working days added for pauses
 * @param extensionWorkingDays working days added by approved extensions
 * @param deadline the deadline now
 * @param provisional whether it reaches into a year without a published calendar
 * @param promisedDeadline the promised deadline with the pauses
 * @param statutoryDays the statutory limit, {@code null} when the law sets none
 * @param statutoryDeadline the statutory deadline with the pauses, {@code null} when the law sets none
 */
public record DeadlineExplanation(LocalDate acceptedOn, int promisedDays, boolean naturalDays, LocalDate baseDeadline,
		List<ExplainedDay> days, int pausedWorkingDays, int extensionWorkingDays, LocalDate deadline,
		boolean provisional, LocalDate promisedDeadline, Integer statutoryDays, LocalDate statutoryDeadline) {

	public DeadlineExplanation {
		days = List.copyOf(days);
	}
}
