package org.xiaoneng.supervision;

import java.time.LocalDate;

/**
 * A card went one level up: its colour rose (预警 → 黄牌 → 红牌) or, a red card, it passed to the holder's superior
 * (department head, then the overseeing leader), after a missed feedback deadline or on appeal. Evaluation counts it
 * in the new colour.
 *
 * @param cardId the card
 * @param ruleCode the rule that raised it
 * @param colour its colour now
 * @param holderLevel who holds it now
 * @param unitId the object's unit
 * @param departmentId the object's department, or {@code null}
 * @param holderStaffId the holder now, or {@code null}
 * @param feedbackDue the new last day of the feedback, or {@code null} at the top, where nobody is above
 */
public record CardEscalated(long cardId, String ruleCode, CardColour colour, Responsible holderLevel, long unitId,
		Long departmentId, Long holderStaffId, LocalDate feedbackDue) {
}
