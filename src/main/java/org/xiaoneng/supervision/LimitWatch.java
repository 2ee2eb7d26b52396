package org.xiaoneng.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.casework.CaseCompleted;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.CaseResumed;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseWithdrawn;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.RectificationClosed;
import org.xiaoneng.casework.RectificationOpened;
import org.xiaoneng.casework.StepAssigned;
import org.xiaoneng.casework.StepCompleted;
import org.xiaoneng.common.ProjectionListener;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;
import org.xiaoneng.refusal.RefusalTookEffect;

/**
 * The limits inside a case that supervision holds people to besides its deadline: a step over its own budget while
 * the case is still in time (限时办结制, 环节超时 — once the case is overdue its red card answers for it), and a
 * rectification of a bad rating not closed by its due day (好差评 核实整改). Fed by casework's events into
 * supervision's own projection, written in the transaction that publishes the event (decision 0054); a sweep raises
 * the card of each limit that passed, once.
 */
@Component
class LimitWatch {

	static final String SWEEP = "supervision.limits";

	private static final int BATCH = 500;

	private final WatchedLimits limits;

	private final Raising raising;

	private final Cases cases;

	private final Organization organization;

	private final WorkingDayCalendar calendar;

	private final Sweeps sweeps;

	private final Clock clock;

	LimitWatch(WatchedLimits limits, Raising raising, Cases cases, Organization organization,
			WorkingDayCalendar calendar, Sweeps sweeps, Clock clock) {
		this.limits = limits;
		this.raising = raising;
		this.cases = cases;
		this.organization = organization;
		this.calendar = calendar;
		this.sweeps = sweeps;
		this.clock = clock;
	}

	@ProjectionListener
	void on(StepAssigned assigned) {
		CaseFile file = cases.caseFile(assigned.caseId());
		// the case as it stands now: a step of a case closed since is not watched
		if (assigned.dueOn() == null || !file.state().running()) {
			return;
		}
		limits.watch(new CardSubject(ObjectType.STEP, file.id(), assigned.stepNumber(), DeadlineWatch.label(file),
				file.unitId(), assigned.departmentId()), assigned.staffId(), assigned.dueOn());
	}

	@ProjectionListener
	void on(StepCompleted completed) {
		limits.forget(ObjectType.STEP, completed.caseId(), completed.stepNumber());
	}

	/** The days the case's clock stood still do not count against its open step either. */
	@ProjectionListener
	void on(CaseResumed resumed) {
		if (resumed.pausedWorkingDays() <= 0) {
			return;
		}
		String unitCode = organization.unit(new UnitId(resumed.unitId())).creditCode();
		for (WatchedLimits.Limit step : limits.of(ObjectType.STEP, resumed.caseId())) {
			limits.watch(step.subject(), step.holderStaffId(),
					calendar.deadline(unitCode, step.dueOn(), resumed.pausedWorkingDays()).date());
		}
	}

	@ProjectionListener
	void on(CaseCompleted completed) {
		limits.forgetAll(ObjectType.STEP, completed.caseId());
	}

	@ProjectionListener
	void on(CaseWithdrawn withdrawn) {
		limits.forgetAll(ObjectType.STEP, withdrawn.caseId());
	}

	@ProjectionListener
	void on(RefusalTookEffect refused) {
		if (refused.matter().isCase()) {
			limits.forgetAll(ObjectType.STEP, refused.matter().caseId().value());
		}
	}

	@ProjectionListener
	void on(RectificationOpened opened) {
		CaseFile file = cases.caseFile(opened.caseId());
		limits.watch(new CardSubject(ObjectType.RATING, opened.rectificationId(), 0, DeadlineWatch.label(file),
				opened.unitId(), opened.departmentId()), opened.headStaffId(), opened.dueOn());
	}

	@ProjectionListener
	void on(RectificationClosed closed) {
		limits.forget(ObjectType.RATING, closed.rectificationId(), 0);
	}

	/** Raises the card of every limit that passed before today, each in its own transaction. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	SweepCount raisePassed() {
		return raisePassed(calendar.today(), clock.instant());
	}

	/** The run of a given day and instant (the demo's month is swept day by day). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	SweepCount raisePassed(LocalDate today, Instant at) {
		SweepCount count = SweepCount.NONE;
		List<WatchedLimits.Limit> batch = limits.passed(today, null, BATCH);
		while (!batch.isEmpty()) {
			count = count.plus(sweeps.each(SWEEP, batch, limit -> limit.subject().id(), limit -> raise(limit, today, at)));
			batch = limits.passed(today, batch.get(batch.size() - 1), BATCH);
		}
		return count;
	}

	private boolean raise(WatchedLimits.Limit limit, LocalDate today, Instant at) {
		CardSubject subject = limit.subject();
		if (subject.type() == ObjectType.RATING) {
			raising.raise(Rule.BAD_RATING_NOT_RECTIFIED, subject, limit.holderStaffId(), Facts.of(limit.dueOn()), at);
			limits.forget(subject.type(), subject.id(), subject.part());
			return true;
		}
		CaseFile file = cases.caseFile(subject.id());
		if (!file.state().running()) {
			limits.forgetAll(ObjectType.STEP, file.id());
			return true;
		}
		if (file.state() == CaseState.SUSPENDED) {
			return false; // its clock stands still; the resumption moves the step's limit
		}
		if (file.deadline() == null || !file.deadline().isBefore(today)) {
			Long handler = file.handlerStaffId();
			raising.raise(Rule.STEP_OVER_BUDGET, subject, handler != null ? handler : limit.holderStaffId(),
					Facts.of(subject.part(), limit.dueOn()), at);
		}
		limits.forget(subject.type(), subject.id(), subject.part());
		return true;
	}
}
