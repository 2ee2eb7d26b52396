package org.xiaoneng.calendar;

/**
 * A number of days between two dates.
 *
 * @param days the count
 * @param provisional part of the range lies in a year without a published calendar: counted with weekends only
 */
public record WorkingDayCount(int days, boolean provisional) {
}
