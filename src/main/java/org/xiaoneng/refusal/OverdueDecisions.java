package org.xiaoneng.refusal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/** Filings reported in one transaction. */
	private static final int PAGE = 500;

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

	/**
	 * A page of filings in one transaction, and only the run that marks a filing reported announces it: the page's
	 * marks, audit entries and messages each in one statement, an event for each filing; counts them.
	 */
	SweepCount report() {
		LocalDate today = LocalDate.now(clock);
		return sweeps.pages(Refusals.SWEEP, filings.overdueUnreported(today), PAGE, Refusal::id,
				page -> report(page, today, clock.instant()));
	}

	private int report(List<Refusal> page, LocalDate today, Instant now) {
		Map<Long, Filing> overdue = new LinkedHashMap<>();
		page.forEach(refusal -> {
			Filing filing = Filing.of(refusal);
			filing.reportOverdue(today);
			overdue.put(refusal.id().value(), filing);
		});
		Set<Long> marked = Set.copyOf(filings.markOverdueReported(List.copyOf(overdue.keySet()), now));
		List<Refusal> reported = page.stream().filter(refusal -> marked.contains(refusal.id().value())).toList();
		auditLog.recordAllAs("system", reported.stream()
			.map(refusal -> AuditEntry.of(Refusals.MODULE, "decision.overdue", refusal.id().toString()))
			.toList());
		reported.forEach(refusal -> overdue.get(refusal.id().value()).releaseEvents().forEach(events::publishEvent));
		inbox.tellAll(reported.stream()
			.map(refusal -> new Inbox.Telling(refusal.deciderStaffId(), "refusal.inbox.overdue.subject",
					"refusal.inbox.overdue.body", refusal.id(), refusal.itemName(), refusal.decisionDue().toString()))
			.toList(), now);
		return reported.size();
	}
}
