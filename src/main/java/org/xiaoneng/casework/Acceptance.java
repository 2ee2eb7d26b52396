package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.CaseKind;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.TimeLimit;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Unit;

/**
 * Acceptance (受理): the case is numbered per unit and year, its promised deadline fixed from the unit's calendar, its
 * first step routed, and the receipt (收件回执单) issued; or, with no one-time notice within 5 working days, it counts
 * as accepted by law.
 */
@Component
class Acceptance {

	private final CaseFiles cases;

	private final CasePapers papers;

	private final ServiceCatalog catalog;

	private final CaseAccess access;

	private final UnitCalendars calendars;

	private final StepRouting routing;

	private final ApplicantNotices notices;

	private final CaseJournal journal;

	Acceptance(CaseFiles cases, CasePapers papers, ServiceCatalog catalog, CaseAccess access, UnitCalendars calendars,
			StepRouting routing, ApplicantNotices notices, CaseJournal journal) {
		this.cases = cases;
		this.papers = papers;
		this.catalog = catalog;
		this.access = access;
		this.calendars = calendars;
		this.routing = routing;
		this.notices = notices;
		this.journal = journal;
	}

	/** Accepted today by the caller. */
	Case accept(long caseId) {
		Instant at = calendars.now();
		return accept(caseId, access.caller(), at, calendars.dateOf(at), false);
	}

	Case accept(long caseId, Caller caller, Instant at, LocalDate acceptedOn, boolean deemed) {
		Case kase = cases.lock(caseId);
		access.requireWindowWork(kase, caller);
		kase.requireState(CaseState.RECEIVED);
		ServiceItem item = catalog.version(kase.itemId(), kase.itemVersion());
		TimeLimit limit = item.promisedLimit() != null && item.promisedLimit().number() != null ? item.promisedLimit()
				: item.statutoryLimit();
		int days = item.caseKind() == CaseKind.IMMEDIATE || limit == null || limit.number() == null ? 0 : limit.number();
		boolean natural = limit != null && limit.unit() == LimitUnit.NATURAL_DAYS && days > 0;
		Integer statutory = item.statutoryLimit() == null ? null : item.statutoryLimit().number();
		List<Step> procedure = routing.procedureOf(item);
		CaseNotices.Handler handler = notices.handler(caller, item);
		List<CasePapers.StoredMaterial> materials = papers.materials(caseId);
		StepRouting.Route first = routing.route(procedure.get(0), at);
		Unit unit = notices.unit(kase);
		// the unit's counters stay locked until the commit: both numbers are taken after every read, and only the
		// writes that carry them follow (the receipt's PDF is rendered from its data when first downloaded)
		String number = notices.caseNumber(unit, acceptedOn);
		CaseAccepted accepted = kase.accept(number, acceptedOn, at, caller.name(), deemed, days, statutory, natural,
				procedure, calendars);
		routing.assign(kase, kase.steps().get(0), first, item.departmentId(), at);
		cases.save(kase);
		notices.issue(kase, unit, CaseNotices.RECEIPT, acceptedOn, at, (receiptNumber, unitName, qr) -> CaseNotices
			.receipt(kase, item, receiptNumber, materials, at, calendars.zone(), handler, unitName, qr));
		journal.record(caseId, caller, at, deemed ? "deemed-accepted" : "accepted", number + ", " + accepted.deadline());
		notices.tell(kase, "已受理", "您申请的“" + kase.itemName() + "”已受理，办件编号" + number + "，承诺办结日期"
				+ accepted.deadline() + "。查询码：" + kase.queryCode(), "casework:" + caseId + ":accepted");
		return kase;
	}

	/**
	 * 行政许可法 第三十二条: a submission without a one-time notice within 5 days counts as accepted on the day its
	 * materials were complete; returns whether this case was still waiting for that.
	 */
	boolean acceptByLaw(long caseId, Instant at) {
		Case kase = cases.lock(caseId);
		if (kase.state() != CaseState.RECEIVED) {
			return false;
		}
		accept(caseId, Caller.system(), at, kase.notice().lastSuppliedOn(), true);
		return true;
	}
}
