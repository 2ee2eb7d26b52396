package org.xiaoneng.accountability;

import java.util.Comparator;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.ModuleListener;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.inquiry.ComplaintSubstantiated;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.refusal.RefusalFoundWrong;
import org.xiaoneng.supervision.CardColour;
import org.xiaoneng.supervision.CardEscalated;
import org.xiaoneng.supervision.CardIssued;
import org.xiaoneng.supervision.CardRevoked;
import org.xiaoneng.supervision.CardsIssued;

/**
 * Opens cases from the other modules' findings, each once per source and person however often it is delivered: a red
 * card issued, a card escalated to red (its holder let the feedback deadline pass: {@code FeedbackOverdue} is always
 * followed by such an escalation, so it opens nothing of its own), a complaint or report substantiated, a refusal
 * found wrong (its handler and the leader who agreed to it). A red card revoked on appeal withdraws its open case.
 */
@Component
class AccountabilityListeners {

	private final Opening opening;

	private final Exempting exempting;

	private final Organization organization;

	private final MessageSource messages;

	AccountabilityListeners(Opening opening, Exempting exempting, Organization organization, MessageSource messages) {
		this.opening = opening;
		this.exempting = exempting;
		this.organization = organization;
		this.messages = messages;
	}

	@ModuleListener
	void on(CardIssued issued) {
		if (issued.colour() == CardColour.RED) {
			openForCard(issued.cardId(), issued.ruleCode(), issued.unitId(), issued.departmentId(),
					issued.holderStaffId());
		}
	}

	/**
	 * The deadline sweep's cards come in batches (supervision's decision 0023): each red one as if issued alone, in the
	 * order of their holders, so that two batches take the holders' locks in the same order and never deadlock.
	 */
	@ModuleListener
	void on(CardsIssued issued) {
		issued.cards()
			.stream()
			.sorted(Comparator.comparing(CardIssued::holderStaffId, Comparator.nullsFirst(Comparator.naturalOrder())))
			.forEach(this::on);
	}

	@ModuleListener
	void on(CardEscalated escalated) {
		if (escalated.colour() == CardColour.RED) {
			openForCard(escalated.cardId(), escalated.ruleCode(), escalated.unitId(), escalated.departmentId(),
					escalated.holderStaffId());
		}
	}

	@ModuleListener
	void on(CardRevoked revoked) {
		exempting.withdrawOpenedBy(CaseSource.CARD, revoked.cardId(), text("accountability.facts.cardRevoked"));
	}

	@ModuleListener
	void on(ComplaintSubstantiated substantiated) {
		if (substantiated.unitId() == null && substantiated.staffId() == null) {
			return; // a complaint about no unit of the region (referred elsewhere) has nobody here to answer for it
		}
		Subject subject = subjectOf(substantiated.unitId(), substantiated.departmentId(), substantiated.staffId());
		opening.open(CaseSource.COMPLAINT, substantiated.inquiryId().value(), "", subject,
				substantiated.conduct() == null ? FailureType.OTHER_DERELICTION : FailureType.CONDUCT_RULE_BROKEN,
				substantiated.conduct(), text("accountability.facts.complaint", text("accountability.facts.verification."
						+ substantiated.verification().name())),
				"system");
	}

	@ModuleListener
	void on(RefusalFoundWrong wrong) {
		String facts = text("accountability.facts.refusal", wrong.finding());
		opening.open(CaseSource.REFUSAL, wrong.refusalId().value(), "", subjectOf(wrong.unitId(), wrong.departmentId(),
				wrong.handlerStaffId()), FailureType.REFUSAL_NOT_FILED, null, facts, "system");
		if (wrong.deciderStaffId() != null) {
			opening.open(CaseSource.REFUSAL, wrong.refusalId().value(), "", subjectOf(wrong.unitId(),
					wrong.departmentId(), wrong.deciderStaffId()), FailureType.REFUSAL_NOT_FILED, null, facts, "system");
		}
	}

	private void openForCard(long cardId, String ruleCode, long unitId, Long departmentId, Long holderStaffId) {
		opening.open(CaseSource.CARD, cardId, ruleCode, subjectOf(unitId, departmentId, holderStaffId),
				FailureType.ofCardRule(ruleCode), null, text("accountability.facts.card", String.valueOf(cardId), ruleCode), "system");
	}

	/**
	 * The subject of a finding: the person named, in their own department (a card held by a leader is the leader's,
	 * not the case's department's); else the department; else the unit.
	 */
	private Subject subjectOf(Long unitId, Long departmentId, Long staffId) {
		if (staffId != null) {
			StaffMember staff = organization.staffMember(new StaffId(staffId));
			return new Subject(staff.unitId(), staff.departmentId(), staff.id());
		}
		return new Subject(unitId, departmentId, null);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}
}
