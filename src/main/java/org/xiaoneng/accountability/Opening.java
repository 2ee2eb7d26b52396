package org.xiaoneng.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.conduct.ConductCitation;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Opens a case (立案): from a source's event, once per source and person, or on a leader's or supervisor's referral.
 * A person's second case of the year is marked 从重 as it opens.
 */
@Component
class Opening {

	static final String MODULE = "accountability";

	private final AccountabilityCases cases;

	private final Organization organization;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final Clock clock;

	Opening(AccountabilityCases cases, Organization organization, ApplicationEventPublisher events, AuditLog auditLog,
			Clock clock) {
		this.cases = cases;
		this.organization = organization;
		this.events = events;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Opens the source's case about the subject unless it opened one already.
	 *
	 * @return the new case, or empty when the source had opened it before
	 */
	@Transactional
	Optional<AccountabilityCase> open(CaseSource source, Long sourceId, String label, Subject subject,
			FailureType failure, ConductCitation cited, String facts, String by) {
		return open(source, sourceId, label, subject, failure, cited, facts, by, clock.instant());
	}

	/** {@link #open} at the instant given (the demo's year is opened on its days). */
	@Transactional
	Optional<AccountabilityCase> open(CaseSource source, Long sourceId, String label, Subject subject,
			FailureType failure, ConductCitation cited, String facts, String by, Instant at) {
		LocalDate today = at.atZone(Clocks.BUSINESS_ZONE).toLocalDate();
		int prior = subject.person() ? cases.lockAndCountOfYear(subject.staffId(), today.getYear()) : 0;
		AccountabilityCase kase = AccountabilityCase.open(source, sourceId, label, subject, failure, cited, facts, prior,
				today, by, at);
		if (!cases.openOnce(kase)) {
			return Optional.empty();
		}
		kase.opened();
		kase.drainEvents().forEach(events::publishEvent);
		auditLog.record(new AuditEntry(MODULE, "case.opened", String.valueOf(kase.idOrNull()), null,
				source + (sourceId == null ? "" : " " + sourceId) + (kase.aggravated() ? " aggravated" : "")));
		return Optional.of(kase);
	}

	/**
	 * A referral (领导交办): a leader refers someone of the departments they lead, a supervisor anyone of their region;
	 * a staff member or department outside the caller's scope is not found.
	 *
	 * @param staffId the person referred, or {@code null} to refer the department
	 * @param departmentId the department, when no person is named
	 */
	@Transactional
	AccountabilityCase refer(Caller caller, Long staffId, Long departmentId, FailureType failure, String facts) {
		if (failure == null) {
			throw new ChoiceRequiredException("failureType");
		}
		Subject subject;
		if (staffId != null) {
			StaffMember staff = organization.visibleStaffMember(new StaffId(staffId));
			subject = new Subject(staff.unitId(), staff.departmentId(), staff.id());
		}
		else if (departmentId != null) {
			Department department = organization.visibleDepartment(new DepartmentId(departmentId));
			subject = new Subject(department.unitId(), department.id(), null);
		}
		else {
			throw new ChoiceRequiredException("subject");
		}
		boolean mayRefer = AccountabilityAccess.supervises(caller)
				|| caller.leadsOver(subject.unitId(), subject.scopeDepartment()) && caller.hasRole("LEADER");
		if (!mayRefer || caller.is(subject.staffId())) {
			throw new AccessDeniedException("LEADER");
		}
		return open(CaseSource.LEADER_REFERRAL, null, "", subject, failure, null, facts, caller.name()).orElseThrow();
	}
}
