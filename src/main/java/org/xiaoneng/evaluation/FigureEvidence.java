package org.xiaoneng.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xiaoneng.badge.BadgeYearFigures;
import org.xiaoneng.casework.CaseYearFigures;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.inquiry.InquiryYearFigures;
import org.xiaoneng.refusal.RefusalYearFigures;
import org.xiaoneng.substitution.CoveredItem;
import org.xiaoneng.substitution.CoveredWorkYearFigures;
import org.xiaoneng.supervision.CardYearFigures;

/**
 * The records behind a result's computed figures, read from the modules that own them (docs/decisions/0026, 0036,
 * 0042): cases (their completion, one-time notices and rectifications), cards, inquiries, refusal filings, covered
 * work, badges and accountability decisions, each a link to its page. The caller has checked that the result may be
 * read.
 */
@Component
class FigureEvidence {

	private final CaseYearFigures cases;

	private final CardYearFigures cards;

	private final InquiryYearFigures inquiries;

	private final RefusalYearFigures refusals;

	private final CoveredWorkYearFigures covered;

	private final BadgeYearFigures badges;

	private final Sanctions sanctions;

	FigureEvidence(CaseYearFigures cases, CardYearFigures cards, InquiryYearFigures inquiries,
			RefusalYearFigures refusals, CoveredWorkYearFigures covered, BadgeYearFigures badges, Sanctions sanctions) {
		this.cases = cases;
		this.cards = cards;
		this.inquiries = inquiries;
		this.refusals = refusals;
		this.covered = covered;
		this.badges = badges;
		this.sanctions = sanctions;
	}

	List<Evidence> of(Result result) {
		boolean staff = result.objectType() == ObjectType.STAFF;
		long who = result.objectId();
		int year = result.year();
		List<Evidence> evidence = new ArrayList<>();
		for (CaseYearFigures.Evidence c : staff ? cases.casesOfStaff(new StaffId(who), year)
				: cases.casesOfDepartment(new DepartmentId(who), year)) {
			evidence.add(new Evidence(Measure.ON_TIME_RATE, c.caseNumber(), c.completedOn(),
					c.onTime() ? "ON_TIME" : "LATE", c.workingDaysUsed() + "/" + c.daysPromised(),
					"/cases/" + c.caseId()));
			if (c.rating() != null && c.rating() <= 2) {
				evidence.add(new Evidence(Measure.BAD_RATINGS, c.caseNumber(), c.completedOn(), "BAD_RATING",
						c.rating() + "/5", "/cases/" + c.caseId()));
			}
		}
		for (CaseYearFigures.NoticeEvidence c : staff ? cases.noticeCasesOfStaff(new StaffId(who), year)
				: cases.noticeCasesOfDepartment(new DepartmentId(who), year)) {
			evidence.add(new Evidence(Measure.ONE_TIME_NOTICE, c.reference(), c.on(),
					c.deemedAccepted() ? "DEEMED_ACCEPTED" : c.toldAtOnce() ? "TOLD_AT_ONCE" : "NOTICE_AGAIN",
					String.valueOf(c.notices()), "/cases/" + c.caseId()));
		}
		for (CaseYearFigures.RectificationEvidence r : staff ? cases.rectificationsOwnedBy(new StaffId(who), year)
				: cases.rectificationsOfDepartment(new DepartmentId(who), year)) {
			evidence.add(new Evidence(Measure.BAD_RATINGS_RECTIFIED, r.caseNumber(), r.openedOn(),
					r.inTime() ? "RECTIFIED_IN_TIME" : r.closedOn() == null ? "NOT_RECTIFIED" : "RECTIFIED_LATE",
					r.dueOn().toString(), "/cases/" + r.caseId()));
		}
		for (CardYearFigures.Evidence card : staff ? cards.cardsOfHolder(new StaffId(who), year)
				: cards.cardsOfDepartment(new DepartmentId(who), year)) {
			evidence.add(new Evidence(card.colour().name().equals("RED") ? Measure.RED_CARDS : Measure.YELLOW_CARDS,
					card.objectLabel(), card.issuedOn(), card.colour().name(), "#" + card.cardId(),
					"/supervision/cards/" + card.cardId()));
		}
		for (InquiryYearFigures.Evidence i : staff ? inquiries.inquiriesOfStaff(who, year)
				: inquiries.inquiriesOfDepartment(who, year)) {
			evidence.add(new Evidence(Measure.FIRST_INQUIRY_IN_TIME, i.queryCode(), i.answeredOn(),
					i.inTime() ? "ANSWERED_IN_TIME" : "ANSWERED_LATE", i.deadline().toString(),
					"/inquiries/" + i.inquiryId()));
		}
		for (RefusalYearFigures.Evidence f : staff ? refusals.filingsOfStaff(who, year)
				: refusals.filingsOfDepartment(who, year)) {
			evidence.add(new Evidence(Measure.REFUSALS_STOOD, f.reference(), f.filedOn(), "REFUSAL_" + f.state().name(),
					f.itemName(), "/refusals/" + f.filingId()));
		}
		for (CoveredItem item : staff ? covered.workOfStaff(new StaffId(who), year)
				: covered.workOfDepartment(new DepartmentId(who), year)) {
			evidence.add(new Evidence(Measure.COVERED_WORK, item.title(), item.completedOn(),
					item.onTime() ? "COVERED_ON_TIME" : "COVERED_LATE",
					item.dueOn() == null ? "-" : item.dueOn().toString(), item.link()));
		}
		for (BadgeYearFigures.Evidence badge : staff ? badges.badgesOfStaff(who, year)
				: badges.badgesOfDepartment(who, year)) {
			evidence.add(new Evidence(Measure.BADGE_HELD, badge.number(), badge.issuedOn(),
					"BADGE_" + badge.status().name(), badge.issuedOn() + "–" + badge.lastValidDay(),
					"/badges/" + badge.badgeId()));
		}
		for (Sanctions.Decision decision : sanctions.ofYear(year)) {
			Long about = staff ? decision.staffId() : decision.departmentId();
			if (Long.valueOf(who).equals(about)) {
				evidence.add(new Evidence(Measure.ACCOUNTABILITY_DECISIONS, "#" + decision.caseId(),
						decision.decidedOn(), "DECIDED", decision.sanctions(),
						"/accountability/cases/" + decision.caseId()));
			}
		}
		return evidence;
	}
}
