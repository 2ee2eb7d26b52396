package org.xiaoneng.calendar;

import java.time.LocalDate;

/**
 * A holiday of one unit's region (e.g. an ethnic-autonomy holiday), a rest day on top of the national calendar.
 *
 * @param unitCode the unit, e.g. its unified social credit code
 * @param date the day
 * @param name the holiday's name
 */
public record LocalHoliday(String unitCode, LocalDate date, String name) {
}
