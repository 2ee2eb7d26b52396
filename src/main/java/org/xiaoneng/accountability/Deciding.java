package org.xiaoneng.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * A supervisor records the decision (问责决定) taken by a leader with the authority for it over the subject; the
 * decision notice (效能问责决定书) is issued in the same transaction and the subject told.
 */
@Component
class Deciding {

	/** The levels from the top down: a decider is judged by the highest level they hold over the subject. */
	private static final List<DecisionLevel> TOP_DOWN = List.of(DecisionLevel.PRINCIPAL_LEADER,
			DecisionLevel.DEPUTY_LEADER, DecisionLevel.DEPARTMENT_HEAD);

	private final AccountabilityCases cases;

	private final Organization organization;

	private final SanctionLadder ladder;

	private final DecisionNotices notices;

	private final AccountabilityMessages messages;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final Clock clock;

	Deciding(AccountabilityCases cases, Organization organization, AccountabilitySettings settings,
			DecisionNotices notices, AccountabilityMessages messages, ApplicationEventPublisher events,
			AuditLog auditLog, Clock clock) {
		this.cases = cases;
		this.organization = organization;
		this.ladder = new SanctionLadder(settings);
		this.notices = notices;
		this.messages = messages;
		this.events = events;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	AccountabilityCase decide(Caller caller, long id, Set<Sanction> sanctions, Long deciderStaffId, String reason) {
		AccountabilityCase kase = cases.lock(id).orElseThrow(() -> new AccountabilityCaseNotFoundException(id));
		AccountabilityAccess.requireSupervisorOver(caller, kase);
		if (deciderStaffId == null) {
			throw new ChoiceRequiredException("decider");
		}
		CaseState before = kase.state();
		kase.decide(sanctions, deciderStaffId, levelOf(deciderStaffId, kase.subject()), reason, LocalDate.now(clock),
				ladder, clock.instant());
		cases.save(kase);
		kase.drainEvents().forEach(events::publishEvent);
		auditLog.record(new AuditEntry(Opening.MODULE, "case.decided", String.valueOf(id), before.name(),
				kase.decision().sanctions() + " by " + deciderStaffId + " (" + kase.decision().deciderLevel() + ")"));
		notices.issue(kase);
		messages.decided(kase);
		return kase;
	}

	/** The highest level the staff member holds over the subject's department (the unit's, for the unit), or none. */
	private DecisionLevel levelOf(long staffId, Subject subject) {
		if (subject.departmentId() == null) {
			Long principal = organization.leadership(new UnitId(subject.unitId())).principalLeaderId();
			return principal != null && principal == staffId ? DecisionLevel.PRINCIPAL_LEADER : null;
		}
		for (DecisionLevel level : TOP_DOWN) {
			boolean holds = organization.authorityOver(new DepartmentId(subject.departmentId()), level)
				.filter(leader -> leader.id() == staffId)
				.isPresent();
			if (holds) {
				return level;
			}
		}
		return null;
	}
}
