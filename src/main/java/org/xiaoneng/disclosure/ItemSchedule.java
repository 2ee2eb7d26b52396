package org.xiaoneng.disclosure;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.Clocks;

/**
 * By when an item must be published (rule 十(九)3 and 政府信息公开条例 第二十六条): a regular item by the end of its
 * period, an ad hoc one within 20 working days of the day the information arose or changed, counted in its unit's
 * calendar, one by stage on the stage's day.
 */
@Component
class ItemSchedule {

	private final DisclosureCalendars calendars;

	private final Clock clock;

	ItemSchedule(DisclosureCalendars calendars, Clock clock) {
		this.calendars = calendars;
		this.clock = clock;
	}

	/** The due day of a draft of the unit, from its cadence and the day it names. */
	LocalDate dueOn(long unitId, ItemDraft draft) {
		if (draft.cadence().regular()) {
			return draft.cadence().endOfPeriod(today());
		}
		if (draft.arisenOn() == null) {
			throw new DisclosureInputException("disclosure.error.arisenOnMissing." + draft.cadence());
		}
		if (draft.cadence() == Cadence.BY_STAGE) {
			return draft.arisenOn();
		}
		return calendars.of(unitId).after(draft.arisenOn(), Cadence.AD_HOC_WORKING_DAYS);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
	}
}
