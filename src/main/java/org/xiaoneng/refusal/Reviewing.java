package org.xiaoneng.refusal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * A leader or supervisor whose scope covers the refusal reviews it once it is in effect: found wrong, the case (or
 * the inquiry's matter) reopens and the finding goes to accountability ({@link RefusalFoundWrong}); found right, the review is recorded.
 */
@Component
class Reviewing {

	private final FilingReads reads;

	private final Filings filings;

	private final RefusedCases cases;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reviewing(FilingReads reads, Filings filings, RefusedCases cases, AuditLog auditLog,
			ApplicationEventPublisher events, Clock clock) {
		this.reads = reads;
		this.filings = filings;
		this.cases = cases;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	void review(RefusalId id, boolean wrong, String finding, Caller caller) {
		// only a reviewer whose scope covers the refusal's unit reviews it; to others it does not exist
		if (!filings.visible(id.value(), caller.scope())) {
			throw new RefusalNotFoundException(id.value());
		}
		Filing filing = Filing.of(reads.refusal(id));
		filing.review(wrong, finding, caller.name(), clock.instant());
		filings.saveReview(filing);
		auditLog.record(new AuditEntry(Refusals.MODULE, "refusal.reviewed", id.toString(), null,
				wrong ? "wrong" : "right"));
		if (wrong) {
			cases.reopened(filing.matter(), id.value(), filing.reviewed().finding(), caller.name());
		}
		filing.releaseEvents().forEach(events::publishEvent);
	}
}
