package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The rectifications (核实整改) that bad ratings opened: listed for the heads whose departments the caller's scope
 * covers, and closed with the findings, the measures and the call-back (回访) by the head it was opened for, or a head
 * or leader over the department.
 */
@Component
class Rectifications {

	private final CaseRatings ratings;

	private final CaseFiles cases;

	private final CasePapers papers;

	private final Callers callers;

	private final AuditLog auditLog;

	private final UnitCalendars calendars;

	private final ApplicationEventPublisher events;

	Rectifications(CaseRatings ratings, CaseFiles cases, CasePapers papers, Callers callers, AuditLog auditLog,
			UnitCalendars calendars, ApplicationEventPublisher events) {
		this.ratings = ratings;
		this.cases = cases;
		this.papers = papers;
		this.callers = callers;
		this.auditLog = auditLog;
		this.calendars = calendars;
		this.events = events;
	}

	List<Rectification> list() {
		return inScope(callers.current().scope());
	}

	Rectification close(long id, String findings, String measures, LocalDate calledBackOn, String callBackNote) {
		Caller caller = callers.current();
		DataScope scope = caller.scope();
		Rectification open = inScope(scope).stream()
			.filter(r -> r.id() == id)
			.findFirst()
			.orElseThrow(() -> new CaseNotFoundException(id));
		long unitId = cases.get(open.caseId()).unitId();
		if (!caller.is(open.headStaffId()) && !caller.leadsOver(unitId, open.departmentId())) {
			throw new NotYourWorkException();
		}
		if (open.closed()) {
			throw new CaseRuleException("casework.rectification.closed");
		}
		if (blank(findings) || blank(measures) || calledBackOn == null || blank(callBackNote)) {
			throw new SubmissionInvalidException("casework.rectification.incomplete");
		}
		Instant at = calendars.now();
		ratings.closeRectification(id, findings.strip(), measures.strip(), calledBackOn, callBackNote.strip(), at,
				caller.name());
		papers.history(open.caseId(), at, caller.name(), "rectification-closed", null);
		auditLog.record(AuditEntry.of(Cases.MODULE, "rectification.closed", String.valueOf(id)));
		events.publishEvent(new RectificationClosed(id, open.caseId(), unitId, calendars.dateOf(at)));
		return inScope(scope).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
	}

	private List<Rectification> inScope(DataScope scope) {
		return ratings.rectifications()
			.stream()
			.filter(r -> scope.wholeRegion() || scope.departmentIds().contains(r.departmentId())
					|| unitInScope(scope, r.caseId()))
			.toList();
	}

	private boolean unitInScope(DataScope scope, long caseId) {
		return cases.find(caseId).map(c -> scope.unitIds().contains(c.unitId())).orElse(false);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
