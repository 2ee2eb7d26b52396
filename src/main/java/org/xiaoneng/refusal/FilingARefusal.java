package org.xiaoneng.refusal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * A handler files a refusal (否定报备登记表): within their authority it takes effect at once and the department head
 * is told; beyond it the case waits for the leader with authority (or who acts for them) until the decision's last
 * day, or for a collective decision on a major matter.
 */
@Component
class FilingARefusal {

	private final RefusedCases cases;

	private final DecisionAuthority authority;

	private final Filings filings;

	private final TakingEffect takingEffect;

	private final Inbox inbox;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FilingARefusal(RefusedCases cases, DecisionAuthority authority, Filings filings, TakingEffect takingEffect,
			Inbox inbox, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.authority = authority;
		this.filings = filings;
		this.takingEffect = takingEffect;
		this.inbox = inbox;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	FilingDraft draft(RefusedMatter matter, Caller caller) {
		StaffMember filer = DecisionAuthority.staffAtWork(caller);
		RefusedCases.Refusable refusable = cases.refusable(matter);
		var item = refusable.item();
		long departmentId = refusable.departmentId();
		boolean within = authority.withinAuthority(filer, item.refusalAuthority(), departmentId);
		String deciderName = within ? null
				: authority.decider(departmentId, item.refusalAuthority(), filer).staff().name();
		return new FilingDraft(matter, refusable.reference(), refusable.kind(), item.name(), refusable.applicant(),
				refusable.receivedMaterials(), item.legalBasis(), item.materials().stream().map(Material::name).toList(),
				item.refusalAuthority(), within, deciderName, cases.handler(filer, null));
	}

	RefusalId file(NewRefusal request, Caller caller) {
		return file(request, caller, clock.instant());
	}

	RefusalId file(NewRefusal request, Caller caller, Instant now) {
		if (request.reasons() == null || request.reasons().isBlank()) {
			throw new FilingIncompleteException("refusal.error.reasonsRequired");
		}
		List<LegalBasis> basis = request.legalBasis().stream().filter(p -> !p.blank()).map(NewRefusal.Provision::basis)
			.toList();
		if (basis.isEmpty() || basis.stream().anyMatch(b -> b.law().isBlank() || b.article().isBlank())) {
			throw new FilingIncompleteException("refusal.error.legalBasisRequired");
		}
		if (request.circumstances() == null || request.circumstances().isBlank()) {
			throw new FilingIncompleteException("refusal.error.circumstancesRequired");
		}
		StaffMember filer = DecisionAuthority.staffAtWork(caller);
		RefusedMatter matter = request.matter();
		RefusedCases.Refusable refusable = cases.refusable(matter);
		if (filings.of(matter).stream().anyMatch(f -> f.state().awaitingDecision())) {
			throw new CaseNotRefusableException();
		}
		var item = refusable.item();
		long departmentId = refusable.departmentId();
		boolean within = authority.withinAuthority(filer, item.refusalAuthority(), departmentId);
		DecisionAuthority.Decider decider = within ? null
				: authority.decider(departmentId, item.refusalAuthority(), filer);
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		LocalDate due = within ? null : authority.decisionDue(refusable.unitId(), today);
		long id = filings.insert(new Filings.NewFiling(matter, refusable.reference(), refusable.kind(),
				Filing.stateOnFiling(within, request.major()), refusable.unitId(), departmentId, item.id(),
				item.version(), item.name(), refusable.applicant(), request.circumstances().strip(),
				request.reasons().strip(), basis,
				request.materialsConcerned() == null ? "" : request.materialsConcerned().strip(),
				cases.handler(filer, request.handlerPhone()), filer.staffNumber(), item.refusalAuthority(), within,
				request.major(), decider == null ? null : decider.staff().id(),
				decider == null || decider.actingFor() == null ? null : decider.actingFor().id(), due, caller.name(),
				now, today));
		RefusalId refusalId = new RefusalId(id);
		auditLog.record(new AuditEntry(Refusals.MODULE, "refusal.filed", String.valueOf(id), null,
				(matter.isCase() ? "case=" + matter.caseId() : "inquiry=" + matter.inquiryId()) + ", authority=" + item.refusalAuthority() + ", within=" + within
						+ (decider == null ? "" : ", decider=" + decider.staff().staffNumber())));
		if (within) {
			takingEffect.takeEffect(refusalId);
			String noticeNumber = filings.find(id).orElseThrow().noticeNumber();
			authority.headToTell(departmentId, filer.id())
				.ifPresent(head -> inbox.tell(head, "refusal.inbox.reported.subject", "refusal.inbox.reported.body",
						refusalId, item.name(), filer.name(), noticeNumber));
		}
		else {
			cases.awaitDecision(matter, id);
			Filing filing = Filing.of(filings.find(id).orElseThrow());
			filing.filed();
			filing.releaseEvents().forEach(events::publishEvent);
			inbox.tell(decider.staff(), "refusal.inbox.filed.subject", "refusal.inbox.filed.body", refusalId,
					item.name(), filer.name(), due.toString());
		}
		return refusalId;
	}
}
