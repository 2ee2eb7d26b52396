package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.organization.Caller;

/**
 * The end of a case: completed granted (准予) with its certificate after the last step, delivered (送达), or withdrawn
 * by the applicant (撤回). A refusal (不予) ends a case only through its filing (否定报备制, {@link RefusalOutcomes}).
 */
@Component
class Closing {

	private final CaseFiles cases;

	private final ServiceCatalog catalog;

	private final CaseAccess access;

	private final UnitCalendars calendars;

	private final ApplicantNotices notices;

	private final CaseJournal journal;

	Closing(CaseFiles cases, ServiceCatalog catalog, CaseAccess access, UnitCalendars calendars,
			ApplicantNotices notices, CaseJournal journal) {
		this.cases = cases;
		this.catalog = catalog;
		this.access = access;
		this.calendars = calendars;
		this.notices = notices;
		this.journal = journal;
	}

	Case complete(long caseId, String certificateName, String certificateNumber) {
		return complete(caseId, certificateName, certificateNumber, access.caller(), calendars.now());
	}

	Case deliver(long caseId, DeliveryMethod method, LocalDate deliveredOn) {
		return deliver(caseId, method, deliveredOn, access.caller(), calendars.now());
	}

	Case withdraw(long caseId, String reason) {
		return withdraw(caseId, reason, access.caller(), calendars.now());
	}

	Case complete(long caseId, String certificateName, String certificateNumber, Caller caller, Instant at) {
		Case kase = cases.lock(caseId);
		access.requireReach(kase, caller, at);
		access.requireWorker(kase, kase.lastStepDone(), caller, at);
		LocalDate today = calendars.dateOf(at);
		kase.complete(certificateName, certificateNumber, today, calendars);
		cases.save(kase);
		String name = kase.outcome().certificateName();
		String number = kase.outcome().certificateNumber();
		journal.record(caseId, caller, at, "completed", name + " " + number);
		notices.tell(kase, "已办结", "您的办件" + kase.caseNumber() + "已办结（准予），取件方式："
				+ CaseNotices.pickup(kase.intake().pickup()) + "。欢迎对本次服务进行评价。查询码：" + kase.queryCode(),
				"casework:" + caseId + ":completed");
		CaseNotices.Handler handler = notices.handler(caller, catalog.version(kase.itemId(), kase.itemVersion()));
		// the unit's counter of decisions stays locked until the commit (numbers are gapless): taken last
		notices.issue(kase, CaseNotices.COMPLETION, today, at, (documentNumber, unitName, qr) -> CaseNotices
			.completion(kase, documentNumber, name, number, today, handler, unitName, qr));
		return kase;
	}

	Case deliver(long caseId, DeliveryMethod method, LocalDate deliveredOn, Caller caller, Instant at) {
		Case kase = cases.lock(caseId);
		access.requireWindowWork(kase, caller);
		CaseDelivered delivered = kase.deliver(method, deliveredOn, calendars.dateOf(at), calendars);
		cases.save(kase);
		journal.record(caseId, caller, at, "delivered",
				method + " " + deliveredOn + (delivered.late() ? " (late)" : ""));
		return kase;
	}

	Case withdraw(long caseId, String reason, Caller caller, Instant at) {
		Case kase = cases.lock(caseId);
		access.requireWindowWork(kase, caller);
		kase.withdraw(reason, calendars.dateOf(at));
		cases.save(kase);
		journal.record(caseId, caller, at, "withdrawn", reason.strip());
		return kase;
	}
}
