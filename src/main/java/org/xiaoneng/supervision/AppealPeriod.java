package org.xiaoneng.supervision;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;

/**
 * 申诉期: how long after its issue a card may be appealed, counted in the working days of the card's unit, whose
 * calendar may differ from the national one.
 */
@Component
class AppealPeriod {

	private final Organization organization;

	private final WorkingDayCalendar calendar;

	private final SupervisionSettings settings;

	AppealPeriod(Organization organization, WorkingDayCalendar calendar, SupervisionSettings settings) {
		this.organization = organization;
		this.calendar = calendar;
		this.settings = settings;
	}

	/** Refuses an appeal by someone other than the holder, or after the period. */
	void requireOpen(Card card, Long byStaffId) {
		card.requireAppealable(byStaffId, calendar.today(), lastDay(card));
	}

	/** The last day a card issued on its day may be appealed. */
	LocalDate lastDay(Card card) {
		LocalDate issuedOn = card.issuedAt().atZone(Clocks.BUSINESS_ZONE).toLocalDate();
		return calendar.deadline(organization.unit(new UnitId(card.subject().unitId())).creditCode(), issuedOn,
				settings.appealWorkingDays()).date();
	}
}
