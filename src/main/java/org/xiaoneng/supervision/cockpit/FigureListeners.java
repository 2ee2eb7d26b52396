package org.xiaoneng.supervision.cockpit;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.casework.CaseAccepted;
import org.xiaoneng.casework.CaseCompleted;
import org.xiaoneng.casework.CaseRated;
import org.xiaoneng.casework.CaseReceived;
import org.xiaoneng.casework.CaseWithdrawn;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.ProjectionListener;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.inquiry.InquiryCategory;
import org.xiaoneng.inquiry.InquiryRegistered;
import org.xiaoneng.organization.Organization;

/**
 * Keeps the cockpit's figures from casework's and inquiry's events, in the transaction that publishes them (decision
 * 0054).
 */
@Component
class FigureListeners {

	private final DailyFigures figures;

	private final WorkingDayCalendar calendar;

	private final Organization organization;

	FigureListeners(DailyFigures figures, WorkingDayCalendar calendar, Organization organization) {
		this.figures = figures;
		this.calendar = calendar;
		this.organization = organization;
	}

	@ProjectionListener
	void on(CaseReceived received) {
		figures.received(received.caseId(), received.unitId(), received.receivedOn());
	}

	@ProjectionListener
	void on(CaseAccepted accepted) {
		figures.accepted(accepted.caseId(), accepted.unitId(), accepted.caseNumber(), accepted.acceptedOn(),
				accepted.deadline());
	}

	@ProjectionListener
	void on(CaseCompleted completed) {
		figures.completed(completed.caseId(), completed.unitId(), completed.departmentId(), completed.completedOn(),
				completed.deadline(), completed.onTime(), completed.statutoryDeadline(), completed.onTimeStatutory(),
				completed.workingDaysUsed(), promisedDays(completed));
	}

	@ProjectionListener
	void on(CaseWithdrawn withdrawn) {
		figures.withdrawn(withdrawn.caseId(), withdrawn.unitId(), withdrawn.withdrawnOn());
	}

	@ProjectionListener
	void on(CaseRated rated) {
		figures.rated(rated.caseId(), rated.unitId(), rated.departmentId(), rated.overall(), rated.ratedOn());
	}

	@ProjectionListener
	void on(InquiryRegistered registered) {
		if (registered.category() == InquiryCategory.COMPLAINT) {
			figures.complained(registered.inquiryId().value(), registered.unitId(),
					LocalDate.ofInstant(registered.at(), Clocks.BUSINESS_ZONE));
		}
	}

	/**
	 * The working days the case was promised (its promised deadline: pauses added, extensions not, so that an
	 * extension does not make a late case look on time), counted as casework counts the days used, from the same
	 * start: the days used plus the working days still left at completion, or minus those it was late by.
	 */
	private int promisedDays(CaseCompleted completed) {
		String unitCode = organization.unit(new UnitId(completed.unitId())).creditCode();
		LocalDate on = completed.completedOn();
		LocalDate deadline = completed.deadline();
		if (on.isAfter(deadline)) {
			return completed.workingDaysUsed() - calendar.workingDays(unitCode, deadline, on).days();
		}
		return completed.workingDaysUsed() + calendar.workingDays(unitCode, on, deadline).days();
	}
}
