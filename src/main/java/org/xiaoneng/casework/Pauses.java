package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.SpecialProcedure;
import org.xiaoneng.organization.Caller;

/**
 * Pauses of the clock (暂停计时), each told to the applicant in writing: for a correction after acceptance (补正) or a
 * special procedure whose time the law excludes from the limit; when the clock runs again the deadline moves by the
 * working days paused.
 */
@Component
class Pauses {

	private final CaseFiles cases;

	private final ServiceCatalog catalog;

	private final CaseAccess access;

	private final UnitCalendars calendars;

	private final ApplicantNotices notices;

	private final CaseJournal journal;

	Pauses(CaseFiles cases, ServiceCatalog catalog, CaseAccess access, UnitCalendars calendars,
			ApplicantNotices notices, CaseJournal journal) {
		this.cases = cases;
		this.catalog = catalog;
		this.access = access;
		this.calendars = calendars;
		this.notices = notices;
		this.journal = journal;
	}

	CaseDocument suspend(long caseId, PauseKind kind, String procedureName, String reason, Integer plannedDays) {
		return suspend(caseId, kind, procedureName, reason, plannedDays, access.caller(), calendars.now());
	}

	Case resume(long caseId) {
		return resume(caseId, access.caller(), calendars.now());
	}

	CaseDocument suspend(long caseId, PauseKind kind, String procedureName, String reason, Integer plannedDays,
			Caller caller, Instant at) {
		Case kase = cases.lock(caseId);
		access.requireReach(kase, caller, at);
		kase.requireState(CaseState.ACCEPTED, CaseState.PROCESSING);
		access.requireCurrentWorker(kase, caller, at);
		ServiceItem item = catalog.version(kase.itemId(), kase.itemVersion());
		String procedure = null;
		Integer planned = plannedDays;
		if (kind == PauseKind.SPECIAL_PROCEDURE) {
			String name = procedureName == null ? "" : procedureName.strip();
			Optional<SpecialProcedure> ofItem = item.specialProcedures() == null ? Optional.empty()
					: item.specialProcedures().stream().filter(p -> p.name().equals(name)).findFirst();
			// the item says whether its procedure stops the clock; one it does not list only if 第四十五条 names it
			if (!ofItem.map(SpecialProcedure::stopsClock).orElse(SpecialProcedure.namedInArticle45(name))) {
				throw new CaseRuleException("casework.pause.notExcluded", name);
			}
			procedure = name;
			if (planned == null) {
				planned = ofItem.map(SpecialProcedure::workingDays).orElse(null);
			}
		}
		LocalDate today = calendars.dateOf(at);
		CaseSuspended suspended = kase.suspend(kind, procedure, reason, planned, today, caller.name());
		cases.save(kase);
		String why = reason.strip();
		Integer days = planned;
		CaseNotices.Handler handler = notices.handler(caller, item);
		CaseDocument document = notices.issue(kase, CaseNotices.SUSPENSION, today, at, (number, unitName,
				qr) -> CaseNotices.suspension(kase, number, kind, suspended.procedureName(), why, days, today, handler,
						unitName, qr));
		journal.record(caseId, caller, at, "suspended", (procedure == null ? "补正" : procedure) + ": " + why);
		notices.tell(kase, "暂停计时", "您的办件" + kase.caseNumber() + "自" + today + "起暂停计时，详见" + document.number()
				+ "。", "casework:" + caseId + ":suspended:" + document.number());
		return document;
	}

	Case resume(long caseId, Caller caller, Instant at) {
		Case kase = cases.lock(caseId);
		access.requireReach(kase, caller, at);
		access.requireCurrentWorker(kase, caller, at);
		CaseResumed resumed = kase.resume(calendars.dateOf(at), calendars);
		cases.save(kase);
		journal.record(caseId, caller, at, "resumed", resumed.pausedWorkingDays() + " → " + resumed.deadline());
		return kase;
	}
}
