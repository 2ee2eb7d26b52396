package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.StaffMember;

/**
 * Extensions (延期): the handler asks before the deadline with a reason; the leader with authority over the department
 * (or their acting leader) decides; an approval moves the deadline and tells the applicant the reason in writing.
 */
@Component
class Extensions {

	/** The states in which the clock runs or is paused: an extension of a limit still running may be asked. */
	private static final List<CaseState> ASKABLE = List.of(CaseState.ACCEPTED, CaseState.PROCESSING,
			CaseState.SUSPENDED);

	private final CaseFiles cases;

	private final CaseExtensions extensions;

	private final ServiceCatalog catalog;

	private final CaseAccess access;

	private final UnitCalendars calendars;

	private final ApplicantNotices notices;

	private final StaffMessages staff;

	private final CaseJournal journal;

	private final ExtensionClock clock;

	Extensions(CaseFiles cases, CaseExtensions extensions, ServiceCatalog catalog, CaseAccess access,
			UnitCalendars calendars, ApplicantNotices notices, StaffMessages staff, CaseJournal journal,
			ExtensionClock clock) {
		this.cases = cases;
		this.extensions = extensions;
		this.catalog = catalog;
		this.access = access;
		this.calendars = calendars;
		this.notices = notices;
		this.staff = staff;
		this.journal = journal;
		this.clock = clock;
	}

	CaseExtension request(long caseId, int workingDays, String reason) {
		return request(caseId, workingDays, reason, access.caller(), calendars.now());
	}

	CaseExtension decide(long extensionId, ExtensionDecision decision, String note) {
		return decide(extensionId, decision, note, access.caller(), calendars.now());
	}

	List<CaseExtension> awaitingMe() {
		return awaiting(access.caller());
	}

	/**
	 * A request after the deadline is refused, and recorded all the same (its own transaction, read before the case
	 * is locked so that recording it waits for no lock of this one).
	 */
	CaseExtension request(long caseId, int workingDays, String reason, Caller caller, Instant at) {
		LocalDate today = calendars.dateOf(at);
		Case seen = cases.get(caseId);
		requireAsker(seen, caller, at);
		if (seen.schedule().lateOn(today)) {
			clock.askedLate(seen, workingDays, reason, caller, at);
			throw new CaseRuleException("casework.extension.afterDeadline", seen.deadline());
		}
		Case kase = cases.lock(caseId);
		requireAsker(kase, caller, at);
		int maximum = catalog.version(kase.itemId(), kase.itemVersion()).maxExtensionWorkingDays();
		kase.requireExtensionMayBeAsked(workingDays, reason, today, extensions.ofCase(caseId), maximum);
		StaffMember decider = access.extensionDecider(kase);
		long id = extensions.request(caseId, kase.unitId(), workingDays, reason.strip(), today, caller.name(),
				decider.id(), kase.deadline(), clock.decisionDue(kase, today));
		journal.record(caseId, caller, at, "extension-requested", workingDays + ": " + reason.strip());
		staff.tell(decider, "延期审批", kase.caseNumber() + " " + kase.itemName() + " 申请延期" + workingDays + "个工作日",
				"/cases/approvals", null);
		return extensions.find(id).orElseThrow();
	}

	/**
	 * Whether the caller may ask for an extension of the case now: as its current worker, before its deadline, with
	 * none pending and days left under the item's maximum, so that the case page offers no form that can only fail.
	 */
	boolean mayAsk(long caseId) {
		Case kase = cases.get(caseId);
		Caller caller = access.caller();
		Instant at = calendars.now();
		if (!ASKABLE.contains(kase.state()) || kase.schedule().lateOn(calendars.dateOf(at))
				|| !access.mayWork(kase, kase.currentStep(), caller, at)) {
			return false;
		}
		int maximum = catalog.version(kase.itemId(), kase.itemVersion()).maxExtensionWorkingDays();
		return kase.schedule().extensionWorkingDays() < maximum
				&& extensions.ofCase(caseId).stream().noneMatch(e -> e.decision() == null);
	}

	private void requireAsker(Case kase, Caller caller, Instant at) {
		access.requireReach(kase, caller, at);
		kase.requireState(ASKABLE.toArray(CaseState[]::new));
		access.requireCurrentWorker(kase, caller, at);
	}

	CaseExtension decide(long extensionId, ExtensionDecision decision, String note, Caller caller, Instant at) {
		CaseExtension request = extensions.find(extensionId).orElseThrow(() -> new CaseNotFoundException(extensionId));
		Case kase = cases.lock(request.caseId());
		access.requireDecider(kase, request, caller);
		if (request.decision() != null) {
			throw new CaseRuleException("casework.extension.decided");
		}
		if (decision == null) {
			throw new SubmissionInvalidException("casework.extension.decisionMissing");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (decision == ExtensionDecision.REJECTED) {
			extensions.decide(extensionId, decision, text, at, caller.name(), null);
			journal.record(kase.id(), caller, at, "extension-rejected", text);
			return extensions.find(extensionId).orElseThrow();
		}
		LocalDate today = calendars.dateOf(at);
		LocalDate before = kase.deadline();
		ExtensionApproved approved = kase.extend(request.workingDays(), today, calendars);
		cases.save(kase);
		extensions.decide(extensionId, decision, text, at, caller.name(), approved.deadline());
		CaseNotices.Handler handler = notices.handler(caller, catalog.version(kase.itemId(), kase.itemVersion()));
		notices.issue(kase, CaseNotices.EXTENSION, today, at, (number, unitName, qr) -> CaseNotices.extension(kase,
				number, request.workingDays(), request.reason(), before, approved.deadline(), today, handler, unitName,
				qr));
		journal.record(kase.id(), caller, at, "extension-approved", request.workingDays() + " → " + approved.deadline());
		notices.tell(kase, "延期办理", "您的办件" + kase.caseNumber() + "经批准延期" + request.workingDays() + "个工作日，办结日期"
				+ approved.deadline() + "，理由：" + request.reason(), "casework:" + kase.id() + ":extension:" + extensionId);
		return extensions.find(extensionId).orElseThrow();
	}

	/** The requests the caller decides, as the leader with authority or their acting leader. */
	List<CaseExtension> awaiting(Caller caller) {
		if (caller.staffId() == null) {
			return List.of();
		}
		List<Long> deciders = new ArrayList<>();
		deciders.add(caller.staffId());
		deciders.addAll(access.leadersActedFor(caller, extensions.pendingDeciders()));
		return extensions.pendingFor(deciders);
	}
}
