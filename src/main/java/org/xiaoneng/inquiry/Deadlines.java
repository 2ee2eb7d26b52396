package org.xiaoneng.inquiry;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.calendar.DeadlineWarning;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;

/** The days a matter is due by: the unit's own time limits (or the defaults) counted in its working days. */
@Component
class Deadlines {

	private final UnitTimeLimits unitLimits;

	private final InquirySettings settings;

	private final WorkingDayCalendar calendar;

	private final Organization organization;

	Deadlines(UnitTimeLimits unitLimits, InquirySettings settings, WorkingDayCalendar calendar,
			Organization organization) {
		this.unitLimits = unitLimits;
		this.settings = settings;
		this.calendar = calendar;
		this.organization = organization;
	}

	/** The unit's time limits: its own, or the defaults of the settings. */
	TimeLimits of(long unitId) {
		return unitLimits.of(unitId).orElse(settings.defaults());
	}

	/** The day a new handler must acknowledge a matter by. */
	LocalDate acknowledgeDue(long unitId, LocalDate from) {
		return after(unitId, from, of(unitId).acknowledgeDays());
	}

	/** The day an ordinary matter must be answered by. */
	LocalDate answerDue(long unitId, LocalDate received) {
		return after(unitId, received, of(unitId).answerDays());
	}

	/** The day a complaint or report must be concluded by. */
	LocalDate concludeDue(long unitId, LocalDate received) {
		return after(unitId, received, of(unitId).concludeDays());
	}

	/** The day a real-name complainant must be told of the acceptance by. */
	LocalDate acceptanceDue(long unitId, LocalDate received) {
		return after(unitId, received, of(unitId).acceptanceNoticeDays());
	}

	/** The day a post that nobody acted for must call the visitor back by. */
	LocalDate callbackDue(long unitId, LocalDate today) {
		return after(unitId, today, settings.callbackDays());
	}

	/** The deadline moved on by an approved extension. */
	LocalDate extended(long unitId, LocalDate deadline, int workingDays) {
		return after(unitId, deadline, workingDays);
	}

	/** Normal, yellow (1 working day or 80 % used) or red (overdue), as in casework. */
	DeadlineStatus status(RegisterEntry entry) {
		if (entry.closed()) {
			return DeadlineStatus.NORMAL;
		}
		return calendar.status(unitCode(entry.unitId()), entry.receivedOn(), entry.deadline(), DeadlineWarning.DEFAULT);
	}

	private LocalDate after(long unitId, LocalDate from, int workingDays) {
		return calendar.deadline(unitCode(unitId), from, workingDays).date();
	}

	private String unitCode(long unitId) {
		return organization.unit(new UnitId(unitId)).creditCode();
	}
}
