package org.xiaoneng.calendar;

import java.time.LocalDate;

/**
 * One line of "how this date was computed": a day that was counted, or skipped with its reason.
 *
 * @param date the day
 * @param kind why it counts or is skipped: working day, weekend, holiday (with its name)
 * @param name the holiday's name, if any
 * @param counted whether the day counts towards the limit
 * @param ordinal its number in the count (1 for the first counted day), 0 for a skipped day
 */
public record ExplainedDay(LocalDate date, DayKind kind, String name, boolean counted, int ordinal) {
}
