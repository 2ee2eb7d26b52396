package org.xiaoneng.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a year's notice: a rest day of a holiday, or a make-up working day (调休上班).
 *
 * @param date the day
 * @param name the holiday it belongs to, as the notice writes it
 * @param offDay {@code true} for a rest day, {@code false} for a make-up working day
 */
public record HolidayEntry(LocalDate date, String name, boolean offDay) {

	public HolidayEntry {
		Objects.requireNonNull(date);
		Objects.requireNonNull(name);
	}
}
