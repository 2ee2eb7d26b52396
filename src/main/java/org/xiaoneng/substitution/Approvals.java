package org.xiaoneng.substitution;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The absentee's head (the leader, for heads) approves an absence once its handover is acknowledged; the substitutes'
 * acting periods go on record, so that from its start {@link Coverage#whoActsFor} names them.
 */
@Component
class Approvals {

	private final Absences absences;

	private final ActingPeriods actingPeriods;

	private final CoverageRules rules;

	private final SubstitutionAuthority authority;

	private final AbsenceReads reads;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Approvals(Absences absences, ActingPeriods actingPeriods, CoverageRules rules, SubstitutionAuthority authority,
			AbsenceReads reads, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
		this.absences = absences;
		this.actingPeriods = actingPeriods;
		this.rules = rules;
		this.authority = authority;
		this.reads = reads;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	void approve(long absenceId, Caller caller) {
		Absence absence = reads.absence(absenceId, caller);
		StaffMember absentee = authority.requireApproverOf(absence.staffId(), caller);
		approveChecked(absence, absentee, caller);
	}

	/** Approves an absence whose approver is checked: the transition, the acting periods, the audit, the event. */
	void approveChecked(Absence absence, StaffMember absentee, Caller caller) {
		AbsenceRecord record = AbsenceRecord.of(absence);
		record.approve();
		for (ActingPeriods.Period period : rules.actingDuring(absence, absentee)) {
			actingPeriods.insert(period.postId(), period.from(), period.to(), period.actingStaffId(), period.reason(),
					period.absenceId(), null, null);
		}
		absences.approve(absence.id(), caller.name(), clock.instant());
		auditLog.record(AuditEntry.of(Substitutes.MODULE, "absence.approved", String.valueOf(absence.id())));
		record.releaseEvents().forEach(events::publishEvent);
	}

	/** The requested absences the caller has the authority to approve. */
	List<Absence> awaitingApprovalBy(Caller caller) {
		return absences.withStatus(AbsenceStatus.REQUESTED)
			.stream()
			.filter(absence -> authority.isApproverOf(absence.staffId(), caller))
			.toList();
	}
}
