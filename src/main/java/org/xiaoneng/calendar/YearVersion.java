package org.xiaoneng.calendar;

import java.time.Instant;

/**
 * One published version of a year's notice.
 *
 * @param year the notice's year
 * @param version 1 for the first publication (or the shipped data), then counting up
 * @param calendar its holidays and make-up days
 * @param publishedAt when it was published
 * @param publishedBy who published it ({@code system} for the shipped data)
 */
public record YearVersion(int year, int version, YearCalendar calendar, Instant publishedAt, String publishedBy) {
}
