package org.xiaoneng.supervision;

import java.time.LocalDate;

/**
 * A card's holder let the feedback deadline pass without a rectification report; published once per deadline,
 * followed by {@link CardEscalated}. Accountability may open a case for it (失职追究制).
 *
 * @param cardId the card
 * @param ruleCode the rule that raised it
 * @param unitId the object's unit
 * @param departmentId the object's department, or {@code null}
 * @param holderStaffId who missed it, or {@code null}
 * @param feedbackDue the deadline missed
 */
public record FeedbackOverdue(long cardId, String ruleCode, long unitId, Long departmentId, Long holderStaffId,
		LocalDate feedbackDue) {
}
