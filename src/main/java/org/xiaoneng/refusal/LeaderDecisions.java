package org.xiaoneng.refusal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The leader with authority (or who acts for them) decides a filing beyond the handler's authority, alone or, for a
 * major matter, by recording the collective decision (集体研究): agreed, the refusal takes effect; disagreed, the case
 * returns to processing with the instruction. The handler is told either way.
 */
@Component
class LeaderDecisions {

	private final FilingReads reads;

	private final Filings filings;

	private final TakingEffect takingEffect;

	private final RefusedCases cases;

	private final Inbox inbox;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeaderDecisions(FilingReads reads, Filings filings, TakingEffect takingEffect, RefusedCases cases, Inbox inbox,
			AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
		this.reads = reads;
		this.filings = filings;
		this.takingEffect = takingEffect;
		this.cases = cases;
		this.inbox = inbox;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	/** @param collective the meeting's decision, or {@code null} for one leader's */
	void decide(RefusalId id, Decision decision, String opinion, CollectiveDecision collective, Caller caller) {
		Refusal refusal = reads.visibleOrMine(id, caller);
		Filing filing = Filing.of(refusal);
		filing.requireAwaiting(collective != null);
		StaffMember leader = DecisionAuthority.staffAtWork(caller);
		filing.requireNotFiledBy(leader.id());
		if (!reads.mayDecide(refusal, leader)) {
			throw new DecisionAuthorityMissingException();
		}
		filing.decide(leader.id(), leader.name(), decision, opinion, collective, clock.instant(), LocalDate.now(clock));
		if (!filings.saveDecision(filing)) {
			throw new RefusalAlreadyDecidedException();
		}
		Filing.Decided decided = filing.decided();
		auditLog.record(new AuditEntry(Refusals.MODULE,
				"refusal." + (decided.decision() == Decision.AGREED ? "approved" : "overruled"), id.toString(),
				decided.before().name(),
				decided.decision() + (collective == null ? "" : ", collective on " + decided.collectiveOn())));
		String instruction = decided.opinion() == null ? "" : decided.opinion();
		if (decided.decision() == Decision.AGREED) {
			filing.releaseEvents().forEach(events::publishEvent);
			takingEffect.takeEffect(id);
			inbox.tell(refusal.handler().staffId(), "refusal.inbox.approved.subject", "refusal.inbox.approved.body", id,
					refusal.itemName(), leader.name());
		}
		else {
			cases.overruled(refusal.matter(), id.value(), instruction);
			filing.releaseEvents().forEach(events::publishEvent);
			inbox.tell(refusal.handler().staffId(), "refusal.inbox.overruled.subject", "refusal.inbox.overruled.body",
					id, refusal.itemName(), leader.name(), instruction);
		}
	}
}
