package org.xiaoneng.accountability;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Closes cases without accountability: a supervisor for force majeure (不可抗力) with the reason; the module itself
 * when a case's source is revoked (a red card revoked on appeal) before the case was decided.
 */
@Component
class Exempting {

	private final AccountabilityCases cases;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final Clock clock;

	Exempting(AccountabilityCases cases, ApplicationEventPublisher events, AuditLog auditLog, Clock clock) {
		this.cases = cases;
		this.events = events;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	AccountabilityCase exempt(Caller caller, long id, String reason) {
		AccountabilityCase kase = cases.lock(id).orElseThrow(() -> new AccountabilityCaseNotFoundException(id));
		AccountabilityAccess.requireSupervisorOver(caller, kase);
		CaseState before = kase.state();
		kase.exempt(reason, clock.instant());
		save(kase, before);
		return kase;
	}

	/** Withdraws the undecided cases the source opened; a decided one stands (its subject may ask for a review). */
	@Transactional
	int withdrawOpenedBy(CaseSource source, long sourceId, String reason) {
		int withdrawn = 0;
		for (long id : cases.openedBy(source, sourceId)) {
			AccountabilityCase kase = cases.lock(id).orElseThrow();
			if (kase.state().open()) {
				CaseState before = kase.state();
				kase.withdraw(reason, clock.instant());
				save(kase, before);
				withdrawn++;
			}
		}
		return withdrawn;
	}

	private void save(AccountabilityCase kase, CaseState before) {
		cases.save(kase);
		kase.drainEvents().forEach(events::publishEvent);
		auditLog.record(new AuditEntry(Opening.MODULE, "case.closed", String.valueOf(kase.idOrNull()), before.name(),
				kase.state().name()));
	}
}
