package org.xiaoneng.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * What a publication would change in a year, day by day, against the version in force.
 *
 * @param year the notice's year
 * @param currentVersion the version in force (0 when the year has none), which the publication must still find
 * @param changes the days that differ, by date
 */
public record CalendarDiff(int year, int currentVersion, List<Change> changes) {

	/**
	 * One day that changes.
	 *
	 * @param date the day
	 * @param before its entry in force, or {@code null} when it is new
	 * @param after its entry after publication, or {@code null} when it is removed
	 */
	public record Change(LocalDate date, HolidayEntry before, HolidayEntry after) {
	}

	public CalendarDiff {
		changes = List.copyOf(changes);
	}

	public boolean empty() {
		return changes.isEmpty();
	}
}
