/**
 * The working-day calendar (工作日历): which days are working days for a unit, and deadline arithmetic in working
 * days and natural days. The national calendar ships with the product (State Council notices, see
 * {@code calendar/holidays/README.md}); administrators publish new years and add local holidays. Every module that
 * holds a time limit asks {@link org.xiaoneng.calendar.WorkingDayCalendar} and recomputes on
 * {@link org.xiaoneng.calendar.CalendarChanged}.
 */
@ApplicationModule(id = "calendar", displayName = "Calendar 工作日历", allowedDependencies = { "common", "audit" })
package org.xiaoneng.calendar;

import org.springframework.modulith.ApplicationModule;
