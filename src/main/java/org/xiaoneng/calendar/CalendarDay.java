package org.xiaoneng.calendar;

import java.time.LocalDate;

/**
 * One day of a unit's calendar.
 *
 * @param date the day
 * @param kind working day, weekend, holiday or make-up working day
 * @param name the holiday's name as the notice writes it (国庆节), also for its make-up days; {@code null} otherwise
 * @param provisional the day's year has no published calendar: only weekends are known
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, boolean provisional) {

	public boolean workingDay() {
		return kind.working();
	}
}
