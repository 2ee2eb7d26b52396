package org.xiaoneng.refusal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * A refusal takes effect (within the handler's authority at filing, or once the leader agreed): the notice is
 * numbered and printed, a copy kept for the register, one archived with the case and the applicant sent theirs;
 * the case is refused.
 */
@Component
class TakingEffect {

	private final FilingReads reads;

	private final Filings filings;

	private final RefusalNotices notices;

	private final RefusedCases cases;

	private final Organization organization;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TakingEffect(FilingReads reads, Filings filings, RefusalNotices notices, RefusedCases cases,
			Organization organization, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
		this.reads = reads;
		this.filings = filings;
		this.notices = notices;
		this.cases = cases;
		this.organization = organization;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	void takeEffect(RefusalId id) {
		Refusal refusal = reads.refusal(id);
		Filing filing = Filing.of(refusal);
		Unit unit = organization.unit(new UnitId(refusal.unitId()));
		RefusalNotices.reviewBodies(unit);
		LocalDate today = LocalDate.now(clock);
		String number = notices.number(unit.shortName(), refusal.kind(), today.getYear(),
				filings.nextNoticeSequence(unit.id(), today.getYear()));
		filing.tookEffect(number);
		String title = notices.title(refusal.kind());
		byte[] pdf = notices.notice(refusal, number, unit, today);
		filings.insertNotice(id.value(), number, title, today, pdf);
		auditLog.record(new AuditEntry(Refusals.MODULE, "refusal.took-effect", id.toString(), null, number));
		cases.refused(refusal, title, number, pdf, notices.applicantMessage(refusal, number),
				refusal.deciderName() != null ? refusal.deciderName() : refusal.handler().name());
		filing.releaseEvents().forEach(events::publishEvent);
	}
}
