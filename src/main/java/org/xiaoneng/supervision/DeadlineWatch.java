package org.xiaoneng.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.casework.CaseAccepted;
import org.xiaoneng.casework.CaseCompleted;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.CaseResumed;
import org.xiaoneng.casework.CaseSuspended;
import org.xiaoneng.casework.CaseWithdrawn;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.ExtensionApproved;
import org.xiaoneng.casework.StepAssigned;
import org.xiaoneng.common.ProjectionListener;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.refusal.RefusalTookEffect;

/**
 * 限时办结制 watched by supervision: the running cases with their deadlines kept in its own projection from
 * casework's events, with the handler its current step was routed to; each run raises and issues in one set-based
 * statement the card of every case whose level changed since the last run (预警 from the unit's warning threshold,
 * 黄牌 on the deadline, 红牌 after it). A case that closes leaves the projection (decisions 0020, 0023). The projection
 * is written in the transaction that publishes the event (decision 0054).
 */
@Component
class DeadlineWatch {

	static final String SWEEP = "supervision.deadlines";

	private final WatchedObjects watched;

	private final Raising raising;

	private final DeadlineRaising deadlineRaising;

	private final RuleBook rules;

	private final Cases cases;

	private final Organization organization;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	DeadlineWatch(WatchedObjects watched, Raising raising, DeadlineRaising deadlineRaising, RuleBook rules,
			Cases cases, Organization organization, WorkingDayCalendar calendar, Clock clock) {
		this.clock = clock;
		this.watched = watched;
		this.raising = raising;
		this.deadlineRaising = deadlineRaising;
		this.rules = rules;
		this.cases = cases;
		this.organization = organization;
		this.calendar = calendar;
	}

	@ProjectionListener
	void on(CaseAccepted accepted) {
		watch(cases.caseFile(accepted.caseId()), accepted.acceptedOn(), accepted.deadline());
	}

	/** The case's step went to someone: its deadline cards go to them (decision 0023: no casework read per card). */
	@ProjectionListener
	void on(StepAssigned assigned) {
		if (assigned.staffId() != null) {
			watched.handOver(ObjectType.CASE, assigned.caseId(), assigned.staffId());
		}
	}

	@ProjectionListener
	void on(CaseSuspended suspended) {
		watched.pause(ObjectType.CASE, suspended.caseId());
	}

	@ProjectionListener
	void on(CaseResumed resumed) {
		CaseFile file = cases.caseFile(resumed.caseId());
		watch(file, file.acceptedOn(), resumed.deadline());
		raising.cancelPendingAbout(ObjectType.CASE, resumed.caseId());
	}

	@ProjectionListener
	void on(ExtensionApproved extended) {
		CaseFile file = cases.caseFile(extended.caseId());
		watch(file, file.acceptedOn(), extended.deadline());
		raising.cancelPendingAbout(ObjectType.CASE, extended.caseId());
	}

	@ProjectionListener
	void on(CaseCompleted completed) {
		closed(completed.caseId());
	}

	@ProjectionListener
	void on(CaseWithdrawn withdrawn) {
		closed(withdrawn.caseId());
	}

	@ProjectionListener
	void on(RefusalTookEffect refused) {
		// an inquiry's matter refused without a case has no case deadline to stop watching
		if (refused.matter().isCase()) {
			closed(refused.matter().caseId().value());
		}
	}

	/**
	 * Raises and issues the cards of the objects whose level changed since the last run; a first run's catch-up that
	 * ran out of time is continued by the next.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	SweepCount classifyAndRaise() {
		return classifyAndRaise(calendar.today(), clock.instant());
	}

	/** The run of a given day and instant (the demo's month is classified day by day). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	SweepCount classifyAndRaise(LocalDate today, Instant at) {
		return deadlineRaising.run(today, at).count();
	}

	/** Watches a running case as its acceptance would have (the demo feeds the county's cases it finds running). */
	void watchRunning(CaseFile file) {
		watch(file, file.acceptedOn(), file.deadline());
	}

	private void watch(CaseFile file, LocalDate startedOn, LocalDate deadline) {
		// the case as it stands now, not as the event saw it: a case closed since then is not watched
		if (deadline == null || startedOn == null || !file.state().running()) {
			return;
		}
		LocalDate warnOn = warnOn(file, startedOn, deadline);
		watched.watch(subject(file), file.handlerStaffId(), startedOn, deadline, warnOn, calendar.today());
	}

	/** The first day of the case's warning under its unit's settings of the deadline warning now. */
	LocalDate warnOn(CaseFile file, LocalDate startedOn, LocalDate deadline) {
		RuleTerms near = rules.terms(file.unitId(), Rule.CASE_DEADLINE_NEAR);
		String unitCode = organization.unit(new UnitId(file.unitId())).creditCode();
		return DeadlineThresholds.warnOn(startedOn, deadline, near.threshold(), near.daysLeft(),
				new DeadlineThresholds.WorkingDays() {

					@Override
					public LocalDate after(LocalDate from, int n) {
						return calendar.deadline(unitCode, from, n).date();
					}

					@Override
					public int between(LocalDate from, LocalDate to) {
						return calendar.workingDays(unitCode, from, to).days();
					}
				});
	}

	/** The subject of a case's deadline cards. */
	static CardSubject subject(CaseFile file) {
		return new CardSubject(ObjectType.CASE, file.id(), 0, label(file), file.unitId(), file.departmentId());
	}

	private void closed(long caseId) {
		watched.forget(ObjectType.CASE, caseId);
		raising.cancelPendingAbout(ObjectType.CASE, caseId);
	}

	static String label(CaseFile file) {
		return file.caseNumber() != null ? file.caseNumber() : file.queryCode();
	}
}
