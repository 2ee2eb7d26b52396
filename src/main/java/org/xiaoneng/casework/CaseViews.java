package org.xiaoneng.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.Deadline;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.common.ExportTooLargeException;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.ServedPerson;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.ActedFor;

/**
 * What staff read of cases: the case file other modules see, the case page, the lists and searches with remaining
 * working days and deadline status, the stored documents; each within the reader's data scope where they read it.
 */
@Component
class CaseViews {

	/** The longest page a caller may ask for. */
	static final int MAX_PAGE = 200;

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

	/**
	 * The case page's facts, for a caller who may read the case: in their scope, or their work (a step of it they hold
	 * or act for now, or one they completed). A substitute from another department opens the case they work for its
	 * absent holder, and reads it still once their step moved it on.
	 */
	CaseDetails details(long caseId) {
		Case kase = cases.get(caseId);
		access.requireReader(kase, access.caller(), calendars.now());
		return details(kase);
	}

	/** The case page's facts within a scope. */
	CaseDetails details(long caseId, DataScope scope) {
		return details(inScope(caseId, scope));
	}

	private CaseDetails details(Case kase) {
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
				extensions.ofCase(kase.id()), papers.documents(kase.id()), papers.history(kase.id()),
				papers.noticeRounds(kase.id()));
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
	 * A page of cases matching the query, within the caller's data scope, in the order asked for. The caller's own
	 * list includes the work of those they act for now (代岗). An ID number is matched exactly through its keyed hash.
	 */
	KeysetPage<CaseSummary> search(CaseQuery query, CaseOrder order, String cursor, int size) {
		return page(query, order, cursor, Math.max(1, Math.min(size, MAX_PAGE)));
	}

	/**
	 * Every case the query selects within the caller's data scope, in the order asked for: the register's export.
	 * @throws ExportTooLargeException when there are more than an export holds
	 */
	List<CaseSummary> all(CaseQuery query, CaseOrder order) {
		KeysetPage<CaseSummary> all = page(query, order, null, ExportTooLargeException.MOST_ROWS);
		if (all.next() != null) {
			throw new ExportTooLargeException();
		}
		return all.rows();
	}

	private KeysetPage<CaseSummary> page(CaseQuery query, CaseOrder order, String cursor, int size) {
		Caller caller = access.caller();
		List<ActedFor> actedFor = access.postsActedFor(caller);
		String idHash = query.idNumber() == null || query.idNumber().isBlank() ? null
				: keys.hash(IdentityNumbers.normalize(query.idNumber()));
		// a page's cases belong to a few units: one look-up each, not one per row
		Map<Long, String> unitCodes = new HashMap<>();
		KeysetPage<CaseSearch.Found> found = search.search(query, caller.scope(), caller.name(), caller.staffId(),
				actedFor, idHash, calendars.today(), (unitId, acceptedOn, deadline) -> calendars.status(
						unitCodes.computeIfAbsent(unitId, calendars::unitCode), acceptedOn, deadline) == DeadlineStatus.YELLOW,
				order == null ? CaseOrder.DEADLINE : order, cursor, size);
		return found.map(row -> {
			DeadlineStatus status = null;
			Integer remaining = null;
			if (row.deadline() != null && row.state().running()) {
				String unitCode = unitCodes.computeIfAbsent(row.unitId(), calendars::unitCode);
				status = calendars.status(unitCode, row.acceptedOn(), row.deadline());
				remaining = calendars.remainingWorkingDays(unitCode, row.deadline());
			}
			boolean onBehalf = row.onBehalf() || row.currentStaffId() != null && row.currentPostId() != null
					&& actedFor.contains(new ActedFor(new StaffId(row.currentStaffId()), new PostId(row.currentPostId())));
			return new CaseSummary(row.id(), row.caseNumber(), row.queryCode(), row.itemName(), row.applicantName(),
					row.state(), row.receivedOn(), row.acceptedOn(), row.deadline(), status, remaining,
					row.currentStep(), row.currentStaffId(), onBehalf);
		});
	}
}
