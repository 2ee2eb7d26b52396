package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.CaseId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

/**
 * Time over extension requests (延期): the last day of a leader's decision, the decisions not taken by then, and the
 * requests that came after the case's deadline. A leader decides within a limit like a refusal's (领导不压不拖: the
 * same handling as the refusal module's overdue decisions), and never after the case's deadline, since an extension
 * decided then would pardon a missed limit instead of extending a running one (行政许可法 第四十二条).
 */
@Component
class ExtensionClock {

	private final CaseFiles cases;

	private final CaseExtensions extensions;

	private final UnitCalendars calendars;

	private final CaseworkSettings settings;

	private final CaseJournal journal;

	private final StaffMessages staff;

	private final Sweeps sweeps;

	private final ApplicationEventPublisher events;

	ExtensionClock(CaseFiles cases, CaseExtensions extensions, UnitCalendars calendars, CaseworkSettings settings, CaseJournal journal,
			StaffMessages staff, Sweeps sweeps, ApplicationEventPublisher events) {
		this.cases = cases;
		this.extensions = extensions;
		this.calendars = calendars;
		this.settings = settings;
		this.journal = journal;
		this.staff = staff;
		this.sweeps = sweeps;
		this.events = events;
	}

	/** The last day of the leader's decision on a request made on the day: the unit's limit, or the deadline if sooner. */
	LocalDate decisionDue(Case kase, LocalDate requestedOn) {
		LocalDate due = calendars.deadline(kase.unitId(), requestedOn, settings.extensionDecisionWorkingDays());
		return due.isAfter(kase.deadline()) ? kase.deadline() : due;
	}

	/**
	 * Records a request made after the deadline (it is refused all the same) in a transaction of its own, so that the
	 * refusal rolls back nothing of it and nothing else is kept. The caller holds no lock on the case.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void askedLate(Case kase, int workingDays, String reason, Caller caller, Instant at) {
		LocalDate today = calendars.dateOf(at);
		journal.record(kase.id(), caller, at, "extension-asked-late",
				workingDays + ": " + Objects.requireNonNullElse(reason, "").strip());
		events.publishEvent(new ExtensionAskedLate(new CaseId(kase.id()), kase.unitId(), kase.departmentId(),
				caller.staffId(), kase.deadline(), today, workingDays));
	}

	/** Reports each decision not taken by its last day once, telling its leader; counts them. */
	SweepCount reportOverdueDecisions() {
		Instant at = calendars.now();
		return sweeps.each(Cases.SWEEP, extensions.overdueUnreported(calendars.dateOf(at)), CaseExtension::id,
				request -> {
					// only the run that marks it reports it
					if (!extensions.markOverdue(request.id(), at)) {
						return false;
					}
					Case kase = cases.get(request.caseId());
					journal.found(kase.id(), at, "extension-decision-overdue", String.valueOf(request.decisionDue()));
					events.publishEvent(new ExtensionDecisionOverdue(new CaseId(kase.id()), request.id(), kase.unitId(),
							kase.departmentId(), request.deciderStaffId(), request.decisionDue()));
					staff.tell(staff.staffMember(request.deciderStaffId()), "延期审批超时",
							"延期申请应于" + request.decisionDue() + "前审批，请尽快决定", "/cases/approvals",
							"casework:extension:" + request.id() + ":overdue");
					return true;
				});
	}
}
