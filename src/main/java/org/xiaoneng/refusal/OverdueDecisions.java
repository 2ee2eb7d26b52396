package org.xiaoneng.refusal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

/**
 * A leader's decision not taken by the end of its last day is reported once per filing ({@link LeaderDecisionOverdue},
 * for supervision's warning) and the leader told; the filing stays in their queue.
 */
@Component
class OverdueDecisions {

	private final Filings filings;

	private final Inbox inbox;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Sweeps sweeps;

	private final Clock clock;

	OverdueDecisions(Filings filings, Inbox inbox, AuditLog auditLog, ApplicationEventPublisher events, Sweeps sweeps,
			Clock clock) {
		this.filings = filings;
		this.inbox = inbox;
		this.auditLog = auditLog;
		this.events = events;
		this.sweeps = sweeps;
		this.clock = clock;
	}

	/** Each filing on its own, and only the run that marks it reported announces it; counts them. */
	SweepCount report() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		return sweeps.each(Refusals.SWEEP, filings.overdueUnreported(today), Refusal::id, refusal -> {
			Filing filing = Filing.of(refusal);
			filing.reportOverdue(today);
			if (!filings.markOverdueReported(refusal.id().value(), now)) {
				return false;
			}
			auditLog.recordAs("system", AuditEntry.of(Refusals.MODULE, "decision.overdue", refusal.id().toString()));
			filing.releaseEvents().forEach(events::publishEvent);
			inbox.tell(refusal.deciderStaffId(), "refusal.inbox.overdue.subject", "refusal.inbox.overdue.body",
					refusal.id(), refusal.itemName(), refusal.decisionDue().toString());
			return true;
		});
	}
}
