package org.xiaoneng.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.Clocks;

/**
 * Whether a unit's office is open: within the office hours of one of its working days. Text messages to staff go out
 * only then (nobody is woken by a card or a complaint at night); every module that texts staff asks here.
 */
@Component
public class OfficeHours {

	/** Further than any run of holidays the national calendar knows (the Spring Festival's nine days at most). */
	private static final int DAYS_SEARCHED = 31;

	private final WorkingDayCalendar calendar;

	private final OfficeHoursSettings settings;

	OfficeHours(WorkingDayCalendar calendar, OfficeHoursSettings settings) {
		this.calendar = calendar;
		this.settings = settings;
	}

	/** Whether the unit's office is open at the moment. */
	public boolean open(String unitCode, Instant at) {
		ZonedDateTime local = at.atZone(Clocks.BUSINESS_ZONE);
		return !local.toLocalTime().isBefore(settings.start()) && local.toLocalTime().isBefore(settings.end())
				&& calendar.day(unitCode, local.toLocalDate()).workingDay();
	}

	/** The moment itself when the office is open then, else the next time it opens. */
	public Instant nextOpening(String unitCode, Instant at) {
		if (open(unitCode, at)) {
			return at;
		}
		ZonedDateTime local = at.atZone(Clocks.BUSINESS_ZONE);
		LocalDate day = local.toLocalTime().isBefore(settings.start()) ? local.toLocalDate()
				: local.toLocalDate().plusDays(1);
		for (int i = 0; i < DAYS_SEARCHED && !calendar.day(unitCode, day).workingDay(); i++) {
			day = day.plusDays(1);
		}
		return day.atTime(settings.start()).atZone(Clocks.BUSINESS_ZONE).toInstant();
	}
}
