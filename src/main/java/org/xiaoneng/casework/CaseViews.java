package org.xiaoneng.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.Deadline;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.common.ServedPerson;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.Organization;

/**
 * What staff read of cases: the case file other modules see, the case page, the lists and searches with remaining
 * working days and deadline status, the stored documents; each within the reader's data scope where they read it.
 */
@Component
class CaseViews {

	private final CaseFiles cases;

	private final CasePapers papers;

	private final CaseExtensions extensions;

	private final CaseSearch search;

	private final CaseAccess access;

	private final UnitCalendars calendars;

	private final Organization organization;

	private final ApplicantKeys keys;

	CaseViews(CaseFiles cases, CasePapers papers, CaseExtensions extensions, CaseSearch search, CaseAccess access,
			UnitCalendars calendars, Organization organization, ApplicantKeys keys) {
		this.cases = cases;
		this.papers = papers;
		this.extensions = extensions;
		this.search = search;
		this.access = access;
		this.calendars = calendars;
		this.organization = organization;
		this.keys = keys;
	}

	/** The case as other modules see it: personal data masked. */
	CaseFile file(Case kase) {
		List<ReceivedMaterial> materials = papers.materials(kase.id())
			.stream()
			.map(CasePapers.StoredMaterial::material)
			.toList();
		ApplicantOnFile a = kase.applicant();
		return new CaseFile(kase.id(), kase.caseNumber(), kase.queryCode(), kase.itemId(), kase.itemVersion(),
				kase.unitId(), kase.departmentId(), kase.state(),
				new Applicant(a.kind(), a.name(), a.organisation(), a.idType(), a.idNumberMasked(), a.phoneMasked(),
						a.address(), a.agentName()),
				materials, kase.intake().receivedOn(), kase.acceptedOn(), kase.deadline(), kase.current().staffId(),
				kase.schedule().promisedDeadline(), kase.schedule().statutoryDeadline());
	}

	CaseFile file(long caseId) {
		return file(cases.get(caseId));
	}

	Case inScope(long caseId, DataScope scope) {
		return access.inScope(cases.get(caseId), scope);
	}

	/** The case when the caller may see it. */
	Case inScope(long caseId) {
		return inScope(caseId, access.caller().scope());
	}

	Case get(long caseId) {
		return cases.get(caseId);
	}

	List<ServedPerson> applicants(Long unitId, LocalDate from, LocalDate to) {
		return cases.applicants(unitId, from, to);
	}

	boolean identityMatches(long caseId, String idNumber) {
		return keys.identityMatches(cases.get(caseId), idNumber);
	}

	FullIdentity fullIdentity(long caseId) {
		return keys.fullIdentity(inScope(caseId));
	}

	String accessKey(String queryCode) {
		return keys.accessKey(queryCode);
	}

	/** The case page's facts, for a caller with the case in scope. */
	CaseDetails details(long caseId) {
		return details(caseId, access.caller().scope());
	}

	/** The case page's facts within a scope. */
	CaseDetails details(long caseId, DataScope scope) {
		Case kase = inScope(caseId, scope);
		List<CaseStep> steps = kase.steps()
			.stream()
			.map(step -> step.view(step.staffId() == null ? null
					: ReadOnce.read("staff", step.staffId(), () -> organization.staffMember(new StaffId(step.staffId()))).name()))
			.toList();
		DeadlineStatus status = null;
		Integer remaining = null;
		String unitCode = calendars.unitCode(kase.unitId());
		if (kase.state().running() && kase.deadline() != null) {
			status = calendars.status(unitCode, kase.acceptedOn(), kase.deadline());
			remaining = calendars.remainingWorkingDays(unitCode, kase.deadline());
		}
		Outcome outcome = kase.outcome();
		CaseIntake intake = kase.intake();
		return new CaseDetails(file(kase), kase.itemName(), intake.channel(), intake.pickup(), outcome.result(),
				outcome.certificateName(), outcome.certificateNumber(), outcome.decidedOn(), outcome.deliveryMethod(),
				outcome.deliveredOn(), kase.schedule().deemedAccepted(), kase.notice().dueOn(), status, remaining,
				explanation(kase, unitCode), steps, kase.pauses().stream().map(Pause::view).toList(),
				extensions.ofCase(caseId), papers.documents(caseId), papers.history(caseId),
				papers.noticeRounds(caseId));
	}

	private DeadlineExplanation explanation(Case kase, String unitCode) {
		Schedule s = kase.schedule();
		if (s.acceptedOn() == null) {
			return null;
		}
		Deadline base = calendars.explained(unitCode, s.acceptedOn(), s.promisedDays(), s.naturalDays());
		return new DeadlineExplanation(s.acceptedOn(), s.promisedDays(), s.naturalDays(), s.baseDeadline(),
				base.explanation(), s.pausedWorkingDays(), s.extensionWorkingDays(), s.deadline(), base.provisional(),
				s.promisedDeadline(), s.statutoryDays(), s.statutoryDeadline());
	}

	/** A stored document of the case. */
	Cases.StoredPdf storedPdf(long caseId, long documentId) {
		CasePapers.StoredDocument document = papers.document(caseId, documentId)
			.orElseThrow(() -> new CaseNotFoundException(documentId));
		return new Cases.StoredPdf(document.title(), document.number(), papers.pdf(document), document.forApplicant());
	}

	/**
	 * A page of cases matching the query, within the caller's data scope, soonest deadline first. The caller's own
	 * list includes the work of those they act for now (代岗). An ID number is matched exactly through its keyed hash.
	 */
	CasePage search(CaseQuery query, int page, int size) {
		Caller caller = access.caller();
		List<Long> actingFor = access.casesActedFor(caller);
		String idHash = query.idNumber() == null || query.idNumber().isBlank() ? null
				: keys.hash(IdentityNumbers.normalize(query.idNumber()));
		int pageSize = Math.max(1, Math.min(size, 200));
		// a page's cases belong to a few units: one look-up each, not one per row
		Map<Long, String> unitCodes = new HashMap<>();
		CaseSearch.Result result = search.search(query, caller.scope(), caller.name(), caller.staffId(), actingFor,
				idHash, calendars.today(), (unitId, acceptedOn, deadline) -> calendars.status(
						unitCodes.computeIfAbsent(unitId, calendars::unitCode), acceptedOn, deadline) == DeadlineStatus.YELLOW,
				Math.max(0, page), pageSize);
		List<CaseSummary> summaries = result.rows().stream().map(found -> {
			DeadlineStatus status = null;
			Integer remaining = null;
			if (found.deadline() != null && found.state().running()) {
				String unitCode = unitCodes.computeIfAbsent(found.unitId(), calendars::unitCode);
				status = calendars.status(unitCode, found.acceptedOn(), found.deadline());
				remaining = calendars.remainingWorkingDays(unitCode, found.deadline());
			}
			boolean onBehalf = found.onBehalf() || actingFor.contains(found.id());
			return new CaseSummary(found.id(), found.caseNumber(), found.queryCode(), found.itemName(),
					found.applicantName(), found.state(), found.receivedOn(), found.deadline(), status, remaining,
					found.currentStep(), found.currentStaffId(), onBehalf);
		}).toList();
		return new CasePage(summaries, Math.max(0, page), pageSize, result.total(), result.totalExact());
	}
}
