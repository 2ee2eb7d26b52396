package org.xiaoneng.disclosure;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;

/** A unit's working days from the calendar module, as its requests' time limits are counted. */
@Component
class DisclosureCalendars {

	private final WorkingDayCalendar calendar;

	private final Organization organization;

	DisclosureCalendars(WorkingDayCalendar calendar, Organization organization) {
		this.calendar = calendar;
		this.organization = organization;
	}

	WorkingDays of(long unitId) {
		String code = organization.unit(new UnitId(unitId)).creditCode();
		return new WorkingDays() {

			@Override
			public LocalDate after(LocalDate from, int days) {
				return calendar.deadline(code, from, days).date();
			}

			@Override
			public int between(LocalDate from, LocalDate to) {
				return calendar.workingDays(code, from, to).days();
			}
		};
	}
}
