package org.xiaoneng.casework;

import java.time.LocalDate;

/**
 * The working-day arithmetic of a unit's calendar (工作日历) as a case's rules need it: the day counts from does not
 * count, day 1 is the next working day (期间开始之日不计算在内).
 */
interface CaseCalendar {

	/** The end of the {@code workingDays}-th working day after {@code from} ({@code from} itself with 0). */
	LocalDate deadline(long unitId, LocalDate from, int workingDays);

	/** The same in natural days (自然日), for items whose limit says so (行政许可法 第八十二条). */
	LocalDate naturalDeadline(long unitId, LocalDate from, int naturalDays);

	/** The working days from {@code from} (excluded) to {@code toInclusive}. */
	int workingDaysBetween(long unitId, LocalDate from, LocalDate toInclusive);

	/**
	 * The first day from {@code start} on whose deadline status is no longer normal by the unit's warning: the day a
	 * deadline turns yellow, or the day after it when no day before warns.
	 */
	LocalDate firstWarningDay(long unitId, LocalDate start, LocalDate deadline);
}
