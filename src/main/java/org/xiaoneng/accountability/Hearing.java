package org.xiaoneng.accountability;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The subject's statement (申辩): a person speaks for themselves, a department through its head, the unit through its
 * principal leader, by the deadline the investigation set.
 */
@Component
class Hearing {

	private final AccountabilityCases cases;

	private final Organization organization;

	private final AuditLog auditLog;

	private final Clock clock;

	Hearing(AccountabilityCases cases, Organization organization, AuditLog auditLog, Clock clock) {
		this.cases = cases;
		this.organization = organization;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	AccountabilityCase makeStatement(Caller caller, long id, String text) {
		AccountabilityCase kase = cases.lock(id).orElseThrow(() -> new AccountabilityCaseNotFoundException(id));
		AccountabilityAccess.requireReadable(caller, kase);
		kase.makeStatement(caller.staffId(), respondentOf(kase.subject()), text, LocalDate.now(clock), clock.instant());
		cases.save(kase);
		auditLog.record(new AuditEntry(Opening.MODULE, "case.statement", String.valueOf(id), "AWAITING_STATEMENT",
				kase.state().name()));
		return kase;
	}

	/** Who answers for the subject: the person, a department's head, the unit's principal leader; or nobody. */
	Long respondentOf(Subject subject) {
		if (subject.person()) {
			return subject.staffId();
		}
		if (subject.departmentId() != null) {
			return organization.authorityOver(new DepartmentId(subject.departmentId()), DecisionLevel.DEPARTMENT_HEAD)
				.map(StaffMember::id)
				.orElse(null);
		}
		return organization.leadership(new UnitId(subject.unitId())).principalLeaderId();
	}
}
